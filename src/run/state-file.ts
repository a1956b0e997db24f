import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<FILE>.lock` for this process, so that two commands never write one state at once; a lock
 * whose process is gone (killed) is taken over. Returns the release, also run at exit.
 */
export function lockStateFile(command: string, path: string): () => void {
  const lock = `${path}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      const release = () => {
        try {
          if (readFileSync(lock, 'utf8').trim() === String(process.pid)) unlinkSync(lock);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`${command}: --state ${path}: cannot take ${lock}: ${(error as Error).message.split('\n')[0]}`);
      const holder = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) throw new UsageError(`${command}: --state ${path} is in use by process ${holder} (${lock}); wait for it to end`);
      unlinkSync(lock);
    }
  }
  throw new UsageError(`${command}: --state ${path}: cannot take ${lock}`);
}
