/**
 * One mebibyte, 1,048,576 bytes: the tree-hash leaf size (glacier-jobs-api.md §5) and
 * the unit of RetrievalByteRange alignment (§3.4).
 */
export const MIB = 1_048_576;

/**
 * A byte range with an **inclusive** end, as every Glacier wire form spells it
 * (`RetrievalByteRange: "s-e"`, `Range: bytes=s-e`, `Content-Range: bytes s-e/T`).
 * Offsets are plain numbers: archives are at most ~4 GB (§8), far below 2^53.
 *
 * @example { start: 0, end: 1023 } // the first KiB: 1024 bytes
 */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/** The number of bytes in `range` (`end - start + 1`). */
export function byteRangeLength(range: ByteRange): number {
  return range.end - range.start + 1;
}

/**
 * The range covering all `size` bytes, `{ start: 0, end: size - 1 }`: what Glacier
 * reports as the RetrievalByteRange of a job that gave none (§3.4).
 * Throws a RangeError for `size < 1`, since an empty payload has no inclusive range.
 */
export function wholeRange(size: number): ByteRange {
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`no byte range covers ${size} bytes`);
  return { start: 0, end: size - 1 };
}

/** Whether `range` holds whole offsets with `0 <= start <= end <= size - 1`. */
export function isRangeWithin(range: ByteRange, size: number): boolean {
  return (
    Number.isSafeInteger(range.start) &&
    Number.isSafeInteger(range.end) &&
    range.start >= 0 &&
    range.start <= range.end &&
    range.end <= size - 1
  );
}

/**
 * Parses the digits of `"s-e"` into a range, or undefined when the text is not two
 * whole numbers with `s <= e`. Shared by every wire form, which differ only in prefix.
 *
 * @internal
 */
export function parseStartEnd(text: string): ByteRange | undefined {
  const match = /^(\d+)-(\d+)$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start > end) return undefined;
  return { start, end };
}
