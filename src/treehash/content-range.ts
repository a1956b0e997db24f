import { parseStartEnd, type ByteRange } from './byte-range';

/** A parsed `Content-Range: bytes s-e/T`: the bytes sent and the size T of the whole output. */
export interface ContentRange {
  readonly range: ByteRange;
  readonly total: number;
}

/**
 * Parses a `Content-Range` header value, `bytes s-e/T` (§2.4, §3.5), or returns undefined
 * when it is malformed, uses `*` for either part, or has `e >= T`.
 *
 * @example parseContentRange('bytes 0-1023/8388608') // { range: { start: 0, end: 1023 }, total: 8388608 }
 */
export function parseContentRange(value: string): ContentRange | undefined {
  const match = /^bytes (\d+-\d+)\/(\d+)$/i.exec(value.trim());
  if (!match) return undefined;
  const range = parseStartEnd(match[1]!);
  const total = Number(match[2]);
  if (!range || !Number.isSafeInteger(total) || range.end >= total) return undefined;
  return { range, total };
}

/**
 * Formats a `Content-Range` header value for `range` of an output of `total` bytes.
 *
 * @example formatContentRange({ start: 0, end: 1023 }, 8388608) // 'bytes 0-1023/8388608'
 */
export function formatContentRange(range: ByteRange, total: number): string {
  return `bytes ${range.start}-${range.end}/${total}`;
}
