import { MIB, isRangeWithin, type ByteRange } from './byte-range';

/** The smallest power of two that is at least `n` (n ≥ 1). Plain arithmetic: no 32-bit shifts. */
function powerOfTwoAtLeast(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/**
 * Whether the inclusive `range` of an archive of `size` bytes is tree-hash aligned: its own
 * tree hash equals some node of the archive's tree (DG:checksum-calculations-range). Only
 * then do Get Job Output responses carry `x-amz-sha256-tree-hash` (§3.5).
 *
 * Closed form of §6: with m = its number of 1 MiB leaves and p the smallest power of two
 * ≥ m, the range starts on a MiB boundary at a leaf index divisible by p, and either runs to
 * the end of the archive or is exactly p MiB long. The whole archive is always aligned.
 *
 * @example isTreeHashAligned({ start: 2097152, end: 4194303 }, 6815744) // true:  [2, 4) MiB of 6.5 MiB
 * @example isTreeHashAligned({ start: 1048576, end: 3145727 }, 6815744) // false: [1, 3) MiB
 */
export function isTreeHashAligned(range: ByteRange, size: number): boolean {
  if (!isRangeWithin(range, size) || range.start % MIB !== 0) return false;
  const length = range.end - range.start + 1;
  const p = powerOfTwoAtLeast(Math.ceil(length / MIB));
  if ((range.start / MIB) % p !== 0) return false;
  return range.end === size - 1 || length === p * MIB;
}

/**
 * Every tree-hash aligned range of an archive of `size` bytes (size ≥ 1): the span of each
 * node of its tree, level by level from the leaves, left to right. Promoted nodes repeat a
 * span already listed, so each range appears once. A 4 GiB archive has about 8,200.
 *
 * @example treeHashAlignedRanges(2 * MIB + 1).length // 5: three leaves, [0, 2) MiB, the root
 */
export function treeHashAlignedRanges(size: number): ByteRange[] {
  const leaves = Math.ceil(size / MIB);
  const ranges: ByteRange[] = [];
  for (let width = 1; ; width *= 2) {
    for (let first = 0; first < leaves; first += width) {
      const isPromoted = width > 1 && first + width / 2 >= leaves;
      if (!isPromoted) ranges.push({ start: first * MIB, end: Math.min((first + width) * MIB, size) - 1 });
    }
    if (width >= leaves) return ranges;
  }
}
