import { randomFillSync } from 'node:crypto';
import { MIB } from '../treehash/byte-range';
import { TreeHasher } from '../treehash/tree-hasher';
import { targetCheck, type BenchResult } from './bench-result';
import { chunksOf, settleMemory } from './measure';

const TOTAL = 4 * 1024 * MIB;
const CHUNK = 64 * 1024;
/** Sample RSS every 4 MiB fed: fine enough to catch growth, rare enough not to cost time. */
const SAMPLE_EVERY = (4 * MIB) / CHUNK;
/** RSS after this much input marks the end of warm-up (JIT, allocator, first GCs). */
const WARM_UP = 256 * MIB;

/**
 * Peak resident-memory growth while hashing a 4 GiB stream. The stream is generated in-process
 * by cycling 64 KiB views of one 4 MiB buffer, so the only memory that can grow is the hasher's
 * and the runtime's. Growth after warm-up shows whether memory scales with the input.
 */
export async function runTreehashMemory(): Promise<BenchResult> {
  const chunks = chunksOf(randomFillSync(Buffer.allocUnsafe(4 * MIB)), CHUNK);
  await settleMemory();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  let warm = baseline;
  const start = process.hrtime.bigint();
  const hasher = new TreeHasher();
  const count = TOTAL / CHUNK;
  for (let i = 0; i < count; i += 1) {
    hasher.update(chunks[i % chunks.length]!);
    if (i % SAMPLE_EVERY === 0) peak = Math.max(peak, process.memoryUsage.rss());
    if (i === WARM_UP / CHUNK) warm = process.memoryUsage.rss();
  }
  const digest = hasher.digestHex();
  peak = Math.max(peak, process.memoryUsage.rss());
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    measurements: [
      { label: 'RSS before', value: baseline / MIB, unit: 'MiB' },
      { label: 'RSS peak', value: peak / MIB, unit: 'MiB' },
      { label: 'RSS growth after the first 256 MiB', value: (peak - warm) / MIB, unit: 'MiB' },
      { label: 'throughput', value: TOTAL / MIB / seconds, unit: 'MiB/s' },
    ],
    targets: [targetCheck('RSS growth hashing 4 GiB', (peak - baseline) / MIB, 'MiB', '<', 16)],
    notes: [
      `4 GiB in ${CHUNK / 1024} KiB chunks cycled from one 4 MiB buffer; RSS sampled every 4 MiB, baseline after a full GC`,
      `tree hash: ${digest}`,
    ],
  };
}
