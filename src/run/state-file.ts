import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../core/usage-error';
import { parseRunState, serializeRunState, type RunState } from './run-state';

/**
 * The I/O shell of a run state (run-state.ts): read once, written atomically after every change
 * (a temporary file beside it, fsync, rename), so a run killed at any point leaves either the
 * previous state or the next one, never half a file.
 */
export function readStateFile(command: string, path: string): RunState | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`${command}: --state ${path} cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = parseRunState(text);
  if (!parsed.ok) throw new UsageError(`${command}: --state ${path} ${parsed.error}; it was left as it is (give another file to start a new run)`);
  return parsed.state;
}

export function writeStateFile(path: string, state: RunState): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, serializeRunState(state));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  // The rename itself is made durable by syncing the directory (where the platform allows it).
  try {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Some platforms cannot open a directory for fsync; the rename is still atomic.
  }
}
