import { GlacierErrors, isGlacierError, type GlacierError } from './glacier-errors';
import { withEntry, withVault, type Archive } from './glacier-state';
import { archiveId } from './ids';
import { isValidDescription } from './json-body';
import { locationOf, vaultOf, type Operation } from './operation';
import { checkPayloadHashes, lazyHashes, type LazyHashes } from './payload-hashes';
import { emptyResponse } from './reference-http';

/**
 * Checks the request's size and hash headers against its body (§2.5): Content-Length
 * present and equal to the body, 1 byte up to the configured maximum, the tree hash
 * required and equal to the body's, the linear SHA-256 checked when sent.
 */
function checkUpload(headers: Readonly<Record<string, string>>, body: LazyHashes, maxBytes: number, accepts: (sent: string, computed: string) => boolean): GlacierError | undefined {
  const contentLength = headers['content-length'];
  if (contentLength === undefined) return GlacierErrors.missingParameter('Content-Length');
  const length = body.bytes.length;
  if (contentLength !== String(length)) return GlacierErrors.invalidParameter(`Invalid Content-Length: ${contentLength}`);
  // §2.5: an archive holds 1 byte up to the limit (4 GB on AWS).
  if (length < 1) return GlacierErrors.invalidParameter('Invalid Content-Length: 0 (an archive holds at least 1 byte)');
  if (length > maxBytes) return GlacierErrors.bodyTooLarge(length, maxBytes);
  const description = headers['x-amz-archive-description'];
  if (description !== undefined && !isValidDescription(description)) {
    return GlacierErrors.invalidParameter('The archive description must be at most 1024 printable ASCII characters');
  }
  return checkPayloadHashes(headers, body.sha256, body.hash, accepts);
}

/**
 * Upload Archive (§2.5): 201 with Location, x-amz-archive-id and the service-computed
 * x-amz-sha256-tree-hash. The body is stored as received, never copied; its leaf
 * digests are kept so ranged job output can be hashed without rereading it.
 */
export const uploadArchive: Operation = (context) => {
  const { state, request, now, rules } = context;
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  // Hashing waits until the cheap header checks passed: a 4 GB body is not hashed just to be refused.
  const tree = lazyHashes(request, rules.payloadTreeHash);
  const failure = checkUpload(request.headers, tree, state.config.maxArchiveBytes, rules.isUploadTreeHashAccepted);
  if (failure) return failure;
  const id = archiveId(state.config.idSeed, state.counters.archives);
  const archive: Archive = {
    archiveId: id,
    sequence: state.counters.archives,
    description: request.headers['x-amz-archive-description'] ?? '',
    creationDate: now,
    bytes: tree.bytes,
    treeHash: tree.hash(),
    leafDigests: tree.leaves(),
  };
  const next = withVault(
    { ...state, counters: { ...state.counters, archives: state.counters.archives + 1 } },
    { ...vault, archives: withEntry(vault.archives, id, archive), lastWriteDate: now },
  );
  const headers = { location: locationOf(context, 'archives', id), 'x-amz-archive-id': id, 'x-amz-sha256-tree-hash': archive.treeHash };
  return { state: next, response: emptyResponse(201, headers) };
};
