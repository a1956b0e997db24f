import { MIB, isRangeWithin, parseStartEnd, type ByteRange } from './byte-range';

/**
 * Parses an InitiateJob RetrievalByteRange, `"s-e"` with an inclusive end (§3.4), or
 * returns undefined when the text is not two whole numbers with `s <= e`.
 *
 * @example parseRetrievalByteRange('2097152-4194303') // { start: 2097152, end: 4194303 }
 */
export function parseRetrievalByteRange(text: string): ByteRange | undefined {
  return parseStartEnd(text);
}

/** Formats a range as a RetrievalByteRange, `"s-e"`. */
export function formatRetrievalByteRange(range: ByteRange): string {
  return `${range.start}-${range.end}`;
}

/**
 * Whether InitiateJob accepts `range` as the RetrievalByteRange of an archive of
 * `archiveSize` bytes (§3.4): the start is a multiple of 1 MiB, and the range either ends
 * just before a 1 MiB boundary or at the archive's last byte. Otherwise the service
 * answers 400. The range must also lie within the archive (inferred, §3.4).
 *
 * Megabyte alignment is necessary, not sufficient, for a tree hash: see
 * {@link isTreeHashAligned}.
 *
 * @example isMegabyteAligned({ start: 1048576, end: 3145727 }, 3145733) // true
 * @example isMegabyteAligned({ start: 0, end: 1023 }, 3145733) // false
 */
export function isMegabyteAligned(range: ByteRange, archiveSize: number): boolean {
  if (!isRangeWithin(range, archiveSize)) return false;
  if (range.start % MIB !== 0) return false;
  return (range.end + 1) % MIB === 0 || range.end === archiveSize - 1;
}
