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
export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  return spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts `serve` or `mock` and resolves with the URL of its `listening on URL` line; `stop()` ends it. */
export async function startListening(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const child = startCli(args, env);
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(seen);
      if (match) resolve(match[1]!);
    });
    child.once('exit', () => reject(new Error(`${args[0]} exited before listening: ${seen}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
