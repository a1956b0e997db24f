import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../core/usage-error';

/**
 * Makes sure a report can be written into `dir` before any request is sent:
 * it is (or becomes) a folder we can write in. Anything else is a one-line
 * UsageError (exit 2), never a stack trace at the end of a long run.
 */
export function prepareOutDir(command: string, dir: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
    if (!isFolder) throw new UsageError(`${command}: --out '${dir}' is a file, not a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  const probe = join(dir, `.glacier-conformance-${process.pid}.probe`);
  try {
    if (!isFolder) makeFolders(resolve(dir));
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`${command}: cannot write the report into --out '${dir}' (${code})`);
  }
}

/**
 * `mkdir -p` one level at a time: Node's own `recursive: true` never returns
 * for a path under /proc (it retries the ENOENT forever), and nothing may hang.
 */
function makeFolders(dir: string): void {
  const parent = dirname(dir);
  if (parent !== dir) {
    try {
      if (!statSync(parent).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      makeFolders(parent);
    }
  }
  mkdirSync(dir);
}
