import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
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

/**
 * Runs the built CLI to completion without blocking the test's event loop, for tests that
 * serve the target from the test process itself; killed after `timeoutMs` (status null).
 */
export function runCliAsync(args: readonly string[], options: { env?: Record<string, string>; timeoutMs?: number } = {}) {
  const child = startCli(args, { ...process.env, ...options.env });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    }),
  );
}

/** Starts the built CLI without waiting for it. */
export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env, options: { detached?: boolean; stderr?: 'pipe' | 'inherit' } = {}): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { env, detached: options.detached ?? false, stdio: ['ignore', 'pipe', options.stderr ?? 'pipe'] });
}

/** The URL of a `listening on URL` line (what `serve` and `mock` print first when ready), if it is one. */
export function listeningUrl(line: string): string | undefined {
  return /^listening on (http:\/\/\S+)$/.exec(line)?.[1];
}

export interface ListeningCli {
  readonly url: string;
  readonly child: ChildProcess;
  /** The lines printed before `listening on` (none for serve and mock). */
  readonly before: readonly string[];
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts `serve` or `mock` from the built bundle and resolves with the URL of
 * its `listening on URL` line; rejects if it exits first. `stop()` ends it.
 */
export async function startListening(args: readonly string[], env: NodeJS.ProcessEnv = process.env, options: { detached?: boolean; stderr?: 'pipe' | 'inherit' } = {}): Promise<ListeningCli> {
  const child = startCli(args, env, options);
  const stdout = child.stdout;
  if (!stdout) throw new Error('startListening: the child has no stdout');
  const before: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: stdout }).on('line', (line) => {
      const found = listeningUrl(line);
      if (found) resolve(found);
      else before.push(line);
    });
    child.once('exit', (code) => reject(new Error(`glacier-conformance ${args.join(' ')} exited with ${code} before listening: ${before.join('\n')}`)));
  });
  return {
    url,
    child,
    before,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
