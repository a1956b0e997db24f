import { byteRangeLength, isRangeWithin, type ByteRange } from './byte-range';
import { formatContentRange } from './content-range';
import { toArchiveRange } from './job-output-range';
import { formatRangeHeader } from './range-header';
import { isMegabyteAligned } from './retrieval-byte-range';
import { isTreeHashAligned } from './tree-hash-alignment';

/** What Get Job Output of an archive-retrieval job asks for. */
export interface JobOutputRequest {
  /** Size of the archive in bytes. */
  readonly archiveSize: number;
  /** The job's RetrievalByteRange in archive offsets; the whole archive when the job gave none. */
  readonly retrievedRange: ByteRange;
  /** The request's `Range` (offsets relative to the job output), or undefined for none. */
  readonly range?: ByteRange | undefined;
}

/** A successful Get Job Output: the archive bytes `archiveRange`. */
export interface JobOutputBody {
  readonly kind: 'body';
  /** 200 without a Range, 206 whenever one was sent (§2.4). */
  readonly status: 200 | 206;
  readonly contentLength: number;
  /** `bytes s-e/T` on 206 with T the job output size (inferred for ranged jobs, §3.5); else undefined. */
  readonly contentRange: string | undefined;
  /** The bytes returned, in archive offsets; the header's value is their tree hash. */
  readonly archiveRange: ByteRange;
  /** `x-amz-sha256-tree-hash` present per the DG rule: job range and returned bytes both tree-hash aligned. */
  readonly treeHashHeader: boolean;
  /**
   * Presence per the service model's looser wording ("1 MB multiples, or to the end"). Where it
   * differs from {@link JobOutputBody.treeHashHeader} the sources conflict (§3.5, §7 item 4):
   * a check must not fail a target on that point.
   */
  readonly treeHashHeaderByModelWording: boolean;
}

/** A documented error response. */
export interface JobOutputError {
  readonly kind: 'error';
  readonly status: 400;
  readonly code: 'InvalidParameterValueException';
  readonly message: string;
}

/** No source says what happens (e.g. a Range ending past the output); checks skip these. */
export interface JobOutputUndocumented {
  readonly kind: 'undocumented';
  readonly reason: string;
}

export type JobOutputExpectation = JobOutputBody | JobOutputError | JobOutputUndocumented;

/**
 * The documented response to Get Job Output of an archive-retrieval job (§2.4, §3.5): status,
 * Content-Length, Content-Range, and whether `x-amz-sha256-tree-hash` is present. Inventory
 * jobs never carry the header and are out of scope here.
 *
 * A Range starting at or past the end of the job output is a 400 InvalidParameterValueException,
 * not a 416 (I:boto/boto#2510). A Range that starts inside but ends past the output is undocumented.
 *
 * @throws RangeError when `retrievedRange` does not lie within the archive (InitiateJob refuses such jobs),
 * or when `range` has `start > end` ({@link parseRangeHeader} never yields one).
 * @example
 * expectedJobOutput({ archiveSize: 3145733, retrievedRange: { start: 0, end: 3145732 }, range: { start: 0, end: 1023 } })
 * // { kind: 'body', status: 206, contentLength: 1024, contentRange: 'bytes 0-1023/3145733', treeHashHeader: false, … }
 */
export function expectedJobOutput(request: JobOutputRequest): JobOutputExpectation {
  const { archiveSize, retrievedRange, range } = request;
  if (!isRangeWithin(retrievedRange, archiveSize)) {
    throw new RangeError(`retrieved range ${retrievedRange.start}-${retrievedRange.end} is not within ${archiveSize} bytes`);
  }
  const outputSize = byteRangeLength(retrievedRange);
  if (range === undefined) return body(request, retrievedRange, 200, undefined);
  if (range.start >= outputSize) {
    const message = `The start of the range is larger than size of retrieved data: ${formatRangeHeader(range)}`;
    return { kind: 'error', status: 400, code: 'InvalidParameterValueException', message };
  }
  if (range.end >= outputSize) {
    return { kind: 'undocumented', reason: `Range ${formatRangeHeader(range)} ends past the ${outputSize}-byte job output` };
  }
  return body(request, toArchiveRange(retrievedRange, range), 206, formatContentRange(range, outputSize));
}

function body(
  request: JobOutputRequest,
  archiveRange: ByteRange,
  status: 200 | 206,
  contentRange: string | undefined,
): JobOutputBody {
  const { archiveSize, retrievedRange } = request;
  // Both the job's range and the downloaded bytes must be aligned (§6); checking the archive
  // offsets suffices because an aligned retrieval is itself a subtree of the archive's tree.
  const treeHashHeader = isTreeHashAligned(retrievedRange, archiveSize) && isTreeHashAligned(archiveRange, archiveSize);
  const treeHashHeaderByModelWording =
    isMegabyteAligned(retrievedRange, archiveSize) && isMegabyteAligned(archiveRange, archiveSize);
  const contentLength = byteRangeLength(archiveRange);
  return { kind: 'body', status, contentLength, contentRange, archiveRange, treeHashHeader, treeHashHeaderByModelWording };
}
