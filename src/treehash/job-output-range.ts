import { byteRangeLength, isRangeWithin, type ByteRange } from './byte-range';

/**
 * Maps a Get Job Output `Range`, whose offsets are relative to the job output, to offsets in
 * the archive. A job's output is its retrieved range (RetrievalByteRange, or the whole
 * archive), so offset 0 of the output is `retrieved.start` of the archive (§3.5).
 *
 * @throws RangeError when `outputRange` does not lie within the retrieved bytes.
 * @example
 * // RetrievalByteRange "2097152-3145732", Range bytes=0-1048575 → archive bytes 2097152–3145727
 * toArchiveRange({ start: 2097152, end: 3145732 }, { start: 0, end: 1048575 })
 */
export function toArchiveRange(retrieved: ByteRange, outputRange: ByteRange): ByteRange {
  if (!isRangeWithin(outputRange, byteRangeLength(retrieved))) {
    throw new RangeError(
      `output range ${outputRange.start}-${outputRange.end} is not within ${byteRangeLength(retrieved)} retrieved bytes`,
    );
  }
  return { start: retrieved.start + outputRange.start, end: retrieved.start + outputRange.end };
}

/** The inverse of {@link toArchiveRange}: archive offsets as offsets in the job output. */
export function toOutputRange(retrieved: ByteRange, archiveRange: ByteRange): ByteRange {
  return { start: archiveRange.start - retrieved.start, end: archiveRange.end - retrieved.start };
}
