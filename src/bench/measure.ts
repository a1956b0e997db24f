/** Small measuring helpers shared by benchmarks. Timing is I/O, so it lives here, not in the pure core. */

/** Runs a full garbage collection when node runs with --expose-gc (the bench script does). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Collects garbage and waits for V8 to release freed buffers (their memory is returned by a
 * background sweeper after the GC), so an RSS baseline taken next is not about to drop.
 */
export async function settleMemory(): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 200));
  collectGarbage();
}

/** Wall-clock seconds taken by `work`, after a GC so earlier garbage is not billed to it. */
export async function timeSeconds(work: () => unknown): Promise<number> {
  collectGarbage();
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Consecutive views of `size` bytes over `buffer` (the last may be shorter); no copies. */
export function chunksOf(buffer: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < buffer.length; offset += size) chunks.push(buffer.subarray(offset, offset + size));
  return chunks;
}
