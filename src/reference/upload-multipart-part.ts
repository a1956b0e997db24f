import { parseStartEnd } from '../treehash';
import { GlacierErrors, isGlacierError } from './glacier-errors';
import { withEntry, withVault, type UploadedPart } from './glacier-state';
import { uploadOf } from './multipart-uploads';
import type { Operation } from './operation';
import { checkPayloadHashes, lazyHashes } from './payload-hashes';
import { emptyResponse } from './reference-http';

/** `bytes s-e/*` (model's example) or `bytes s-e/T`: the part's place in the archive. */
function parsePartRange(value: string) {
  const match = /^bytes (\d+-\d+)\/(\*|\d+)$/i.exec(value.trim());
  return match ? parseStartEnd(match[1]!) : undefined;
}

/**
 * Upload Multipart Part (model): 204 with the part's x-amz-sha256-tree-hash. Content-Range
 * is required and aligned to the part size, Content-Length equals the range's length, and
 * the part's tree hash (and linear SHA-256 when sent) must match its bytes. Uploading a
 * range again replaces the part, as on AWS; a part size mismatch of a short part that is
 * not the last only shows at completion (model).
 */
export const uploadMultipartPart: Operation = (context) => {
  const { state, request, now, rules } = context;
  const found = uploadOf(context);
  if (isGlacierError(found)) return found;
  const { vault, upload } = found;
  const rangeHeader = request.headers['content-range'];
  if (rangeHeader === undefined) return GlacierErrors.missingParameter('Content-Range');
  const range = parsePartRange(rangeHeader);
  if (!range || !rules.isPartRangeAligned(range, upload.partSize)) return GlacierErrors.invalidContentRange(rangeHeader, upload.partSize);
  const contentLength = request.headers['content-length'];
  if (contentLength === undefined) return GlacierErrors.missingParameter('Content-Length');
  const length = range.end - range.start + 1;
  const tree = lazyHashes(request, rules.payloadTreeHash);
  if (contentLength !== String(tree.bytes.length) || tree.bytes.length !== length) {
    return GlacierErrors.invalidParameter(`Invalid Content-Length: ${contentLength} (Content-Range: ${rangeHeader})`);
  }
  if (!upload.parts.has(range.start) && upload.parts.size >= state.config.maxParts) return GlacierErrors.tooManyParts(state.config.maxParts);
  const failure = checkPayloadHashes(request.headers, tree.sha256, tree.hash, rules.isPartTreeHashAccepted);
  if (failure) return failure;
  const part: UploadedPart = { range, bytes: tree.bytes, treeHash: tree.hash(), leafDigests: tree.leaves() };
  const next = { ...upload, lastActivity: now, parts: withEntry(upload.parts, range.start, part) };
  const nextVault = { ...vault, uploads: withEntry(vault.uploads, upload.uploadId, next) };
  return { state: withVault(state, nextVault), response: emptyResponse(204, { 'x-amz-sha256-tree-hash': part.treeHash }) };
};
