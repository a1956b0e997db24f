import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { packageRoot } from '../core/package-root';
import { DEFAULT_MODEL, loadModel } from '../model/model-file';
import { SpecInputError } from '../core/spec-input-error';
import type { CommandMain } from './commands';
import { ExitCode } from '../core/exit-code';
import { TABLE } from './command-table';
import { parseFlags, parseIntegerFlag } from './parse-flags';
import { UsageError } from '../core/usage-error';

const HOST = '127.0.0.1';
/** Prism's own readiness line; it carries the bound port, which matters for `--port 0`. */
const PRISM_LISTENING = /Prism is listening on (http:\/\/[^\s]+)/;

/**
 * `mock [--port N]`: serves the committed model with Prism (the project's own
 * @stoplight/prism-cli, run with this Node) on 127.0.0.1, forwards its output,
 * prints `listening on URL` once it is ready, and stops it on SIGINT/SIGTERM.
 * `--port 0` picks a free port.
 */
export const mockCommand: CommandMain = async (argv) => {
  const { values } = parseFlags(TABLE.mock, argv);
  const port = parseIntegerFlag('mock', 'port', values.port, { min: 0, max: 65535 }) ?? 4010;
  const modelPath = join(packageRoot(), DEFAULT_MODEL);
  try {
    loadModel(modelPath);
  } catch (error) {
    if (error instanceof SpecInputError) throw new UsageError(`mock: ${error.message}`);
    throw error;
  }
  const prism = spawn(process.execPath, [prismBin(), 'mock', modelPath, '--host', HOST, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return supervise(prism);
};

function prismBin(): string {
  const manifest = createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json');
  return join(dirname(manifest), 'dist', 'index.js');
}

/** Forwards Prism's output, announces readiness once, and resolves with the exit code. */
function supervise(prism: ChildProcess): Promise<number> {
  let ready = false;
  let stopping = false;
  let lastError = '';
  createInterface({ input: prism.stdout! }).on('line', (line) => {
    process.stdout.write(`${line}\n`);
    const url = PRISM_LISTENING.exec(stripAnsi(line))?.[1];
    if (url && !ready) {
      ready = true;
      process.stdout.write(`listening on ${url}\n`);
    }
  });
  createInterface({ input: prism.stderr! }).on('line', (line) => {
    process.stderr.write(`${line}\n`);
    if (line.trim()) lastError = stripAnsi(line.trim());
  });
  const stop = () => {
    stopping = true;
    prism.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise((resolve, reject) => {
    prism.once('error', reject);
    prism.once('exit', (code) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (stopping) return resolve(ExitCode.Ok);
      if (!ready) return reject(new UsageError(`mock: Prism exited before listening (code ${code})${lastError ? `: ${lastError.slice(0, 200)}` : ''}`));
      resolve(code === 0 ? ExitCode.Ok : ExitCode.Failed);
    });
  });
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
