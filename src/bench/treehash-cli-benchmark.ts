import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root';
import { MIB } from '../treehash/byte-range';
import { writeArchive } from './bench-archive';
import { targetCheck, type BenchResult } from './bench-result';
import { median } from './measure';

const FILE_SIZE = 1024 * MIB;
const BLOCK = 16 * MIB;
const RUNS = 3;

/**
 * `glacier-conformance treehash` against `sha256sum` on the same 1 GiB temp file, wall time
 * including process start, as a user would run them. The file is read once first so both find
 * it in the page cache; runs alternate; the file is deleted afterwards.
 */
export async function runTreehashCli(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'glacier-bench-'));
  try {
    const file = join(dir, 'archive.bin');
    const expected = writeArchive(file, FILE_SIZE, BLOCK);
    warmPageCache(file);
    const cli = join(packageRoot(), 'dist', 'glacier-conformance.js');
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      ours.push(timeCommand(process.execPath, [cli, 'treehash', file], `${expected}  ${file}\n`));
      theirs.push(timeCommand('sha256sum', [file]));
    }
    return {
      measurements: [
        { label: 'glacier-conformance treehash (median)', value: median(ours), unit: 's' },
        { label: 'sha256sum (median)', value: median(theirs), unit: 's' },
        { label: 'glacier-conformance treehash', value: FILE_SIZE / MIB / median(ours), unit: 'MiB/s' },
        { label: 'sha256sum', value: FILE_SIZE / MIB / median(theirs), unit: 'MiB/s' },
      ],
      targets: [targetCheck('treehash time / sha256sum time', median(ours) / median(theirs), '×', '<=', 1.15)],
      notes: [`1 GiB temp file, page cache warmed, ${RUNS} alternating runs each, wall time including process start`],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}


function warmPageCache(file: string): void {
  const buffer = Buffer.allocUnsafe(BLOCK);
  const fd = openSync(file, 'r');
  try {
    while (readSync(fd, buffer, 0, BLOCK, null) > 0);
  } finally {
    closeSync(fd);
  }
}

/** Seconds taken by one run of the command; checks its output when `expectedStdout` is given. */
function timeCommand(command: string, args: string[], expectedStdout?: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} exited with ${result.status}`);
  if (expectedStdout !== undefined && result.stdout !== expectedStdout) {
    throw new Error(`${command} printed ${JSON.stringify(result.stdout)}, expected ${JSON.stringify(expectedStdout)}`);
  }
  return seconds;
}
