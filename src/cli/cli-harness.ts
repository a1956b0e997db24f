import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root';

export const CLI = join(packageRoot(), 'dist/glacier-conformance.js');

/** Runs the built CLI to completion as a user would, and returns what it printed. */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; timeoutMs?: number } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: options.timeoutMs ?? 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the built CLI without waiting for it. */
export function startCli(args: readonly string[]) {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}
