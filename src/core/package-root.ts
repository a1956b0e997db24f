import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of glacier-conformance's own package.json. Code runs both from
 * `src/**` (tests) and from the bundle in `dist/`, so relative paths to
 * `specs/` differ; walking up to the package is the one answer for both.
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && JSON.parse(readFileSync(candidate, 'utf8')).name === 'glacier-conformance') {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('glacier-conformance: cannot find its own package.json');
    dir = parent;
  }
}

/** The tool's version, from package.json. */
export function packageVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version as string;
}
