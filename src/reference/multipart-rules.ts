import { combineDigests, MIB, type ByteRange } from '../treehash';
import { GlacierErrors, type GlacierError } from './glacier-errors';
import type { MultipartUpload, UploadedPart } from './glacier-state';
import type { ReferenceConfig } from './reference-config';

const MAX_PART_SIZE = 4096 * MIB;

/** A part size is 1 MiB times a power of two, 1 MiB up to 4 GiB (model: InitiateMultipartUpload). */
export function isPartSizeValid(size: number): boolean {
  if (!Number.isSafeInteger(size) || size < MIB || size > MAX_PART_SIZE || size % MIB !== 0) return false;
  const mebibytes = size / MIB;
  return (mebibytes & (mebibytes - 1)) === 0;
}

/**
 * Whether a part's Content-Range fits the upload's part size (model: UploadMultipartPart,
 * "Range does not align"): it starts on a multiple of the part size and is at most one
 * part long. Whether a shorter part is the last one can only be known at completion.
 */
export function isPartRangeAligned(range: ByteRange, partSize: number): boolean {
  return range.start % partSize === 0 && range.end - range.start + 1 <= partSize;
}

/** The parts in archive order. */
export function orderedParts(upload: MultipartUpload): UploadedPart[] {
  return [...upload.parts.values()].sort((a, b) => a.range.start - b.range.start);
}

/**
 * Whether the parts assemble into one archive (model: CompleteMultipartUpload, "checks for
 * any missing content ranges"): they start at 0, follow each other without a gap, and every
 * part but the last is exactly the part size.
 */
export function checkPartsContiguous(parts: readonly UploadedPart[], partSize: number): GlacierError | undefined {
  let next = 0;
  for (const [index, part] of parts.entries()) {
    if (part.range.start !== next) return GlacierErrors.missingRange(next, part.range.start - 1);
    const length = part.range.end - part.range.start + 1;
    // A short part that is not the last leaves a hole before the next part's start.
    if (index < parts.length - 1 && length !== partSize) return GlacierErrors.missingRange(part.range.end + 1, part.range.start + partSize - 1);
    next = part.range.end + 1;
  }
  return undefined;
}

/**
 * The whole archive's tree hash from its parts' tree hashes (§5: power-of-two-MiB parts at
 * aligned offsets combine with the same pairing rule; model: "the tree hash of SHA256 tree
 * hash of the individual parts").
 */
export function combinedPartsTreeHash(parts: readonly UploadedPart[]): string {
  return combineDigests(parts.map((part) => Buffer.from(part.treeHash, 'hex'))).toString('hex');
}

/** An upload with no activity for the configured time is gone (model: "no activity for a period of 24 hours"). */
export function isUploadExpired(upload: MultipartUpload, now: number, config: ReferenceConfig): boolean {
  return now >= upload.lastActivity + config.multipartIdleMs;
}
