import { joinBytes } from './byte-source';
import { GlacierErrors, isGlacierError } from './glacier-errors';
import { withEntry, withoutEntry, withVault, type Archive } from './glacier-state';
import { archiveId } from './ids';
import { orderedParts } from './multipart-rules';
import { uploadOf } from './multipart-uploads';
import { locationOf, type Operation } from './operation';
import { isSha256Hex } from './payload-hashes';
import { emptyResponse } from './reference-http';

/**
 * Complete Multipart Upload (model): 201 with Location, x-amz-archive-id and the archive's
 * tree hash. x-amz-archive-size and x-amz-sha256-tree-hash are required (§4: boto/boto3#251);
 * the parts must cover the archive without a gap, their sizes must add up to the declared
 * size, and the tree hash combined from the parts' must equal the one sent. The upload is
 * gone afterwards; the archive counts as written now.
 */
export const completeMultipartUpload: Operation = (context) => {
  const { state, request, now, rules } = context;
  const found = uploadOf(context);
  if (isGlacierError(found)) return found;
  const { vault, upload } = found;
  const sizeHeader = request.headers['x-amz-archive-size'];
  if (sizeHeader === undefined) return GlacierErrors.missingParameter('x-amz-archive-size');
  const expected = request.headers['x-amz-sha256-tree-hash'];
  if (expected === undefined) return GlacierErrors.missingParameter('x-amz-sha256-tree-hash');
  if (!isSha256Hex(expected)) return GlacierErrors.invalidParameter(`Invalid x-amz-sha256-tree-hash: ${expected}`);
  if (!/^\d{1,16}$/.test(sizeHeader)) return GlacierErrors.invalidParameter(`Invalid x-amz-archive-size: ${sizeHeader}`);
  const parts = orderedParts(upload);
  const gap = rules.checkPartsContiguous(parts, upload.partSize);
  if (gap) return gap;
  const size = parts.reduce((total, part) => total + part.bytes.length, 0);
  if (size !== Number(sizeHeader) || size === 0) return GlacierErrors.archiveSizeMismatch(sizeHeader, size);
  const computed = rules.combinedPartsTreeHash(parts);
  if (computed !== expected.toLowerCase()) return GlacierErrors.checksumMismatch(expected, computed);
  const id = archiveId(state.config.idSeed, state.counters.archives);
  const archive: Archive = {
    archiveId: id,
    sequence: state.counters.archives,
    description: upload.description ?? '',
    creationDate: now,
    bytes: joinBytes(parts.map((part) => part.bytes)),
    treeHash: computed,
    leafDigests: parts.flatMap((part) => part.leafDigests),
  };
  const nextVault = { ...vault, archives: withEntry(vault.archives, id, archive), uploads: withoutEntry(vault.uploads, upload.uploadId), lastWriteDate: now };
  const next = withVault({ ...state, counters: { ...state.counters, archives: state.counters.archives + 1 } }, nextVault);
  const headers = { location: locationOf(context, 'archives', id), 'x-amz-archive-id': id, 'x-amz-sha256-tree-hash': computed };
  return { state: next, response: emptyResponse(201, headers) };
};
