import { createHash } from 'node:crypto';
import { leafDigests } from '../treehash';
import { GlacierErrors, isGlacierError, type GlacierError } from './glacier-errors';
import { withEntry, withVault, type Archive } from './glacier-state';
import { archiveId } from './ids';
import { isValidDescription } from './json-body';
import { locationOf, vaultOf, type Operation } from './operation';
import { emptyResponse } from './reference-http';

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/**
 * Checks the request's size and hash headers against its body (§2.5): Content-Length
 * present and equal to the body, 1 byte up to the configured maximum, the tree hash
 * required and equal to the body's, the linear SHA-256 checked when sent.
 */
function checkUpload(
  headers: Readonly<Record<string, string>>,
  body: Uint8Array,
  maxBytes: number,
  treeHash: () => string,
  accepts: (sent: string, computed: string) => boolean,
): GlacierError | undefined {
  const contentLength = headers['content-length'];
  if (contentLength === undefined) return GlacierErrors.missingParameter('Content-Length');
  if (contentLength !== String(body.length)) return GlacierErrors.invalidParameter(`Invalid Content-Length: ${contentLength}`);
  // §2.5: an archive holds 1 byte up to the limit (4 GB on AWS).
  if (body.length < 1) return GlacierErrors.invalidParameter('Invalid Content-Length: 0 (an archive holds at least 1 byte)');
  if (body.length > maxBytes) return GlacierErrors.bodyTooLarge(body.length, maxBytes);
  const description = headers['x-amz-archive-description'];
  if (description !== undefined && !isValidDescription(description)) {
    return GlacierErrors.invalidParameter('The archive description must be at most 1024 printable ASCII characters');
  }
  const expected = headers['x-amz-sha256-tree-hash'];
  // §4: "Required parameter missing: x-amz-sha256-tree-hash", "Invalid x-amz-sha256-tree-hash: <value>".
  if (expected === undefined) return GlacierErrors.missingParameter('x-amz-sha256-tree-hash');
  if (!SHA256_HEX.test(expected)) return GlacierErrors.invalidParameter(`Invalid x-amz-sha256-tree-hash: ${expected}`);
  const linear = headers['x-amz-content-sha256'];
  // UNSIGNED-PAYLOAD is SigV4's "no hash sent": nothing to verify.
  if (linear !== undefined && linear !== 'UNSIGNED-PAYLOAD') {
    if (!SHA256_HEX.test(linear)) return GlacierErrors.invalidParameter(`Invalid x-amz-content-sha256: ${linear}`);
    const computed = createHash('sha256').update(body).digest('hex');
    if (computed !== linear.toLowerCase()) return GlacierErrors.checksumMismatch(linear, computed);
  }
  const computed = treeHash();
  // §4: "Checksum mismatch: expected <header value>, computed <hash of the body>" (I:boto/boto3#1708).
  if (!accepts(expected, computed)) return GlacierErrors.checksumMismatch(expected, computed);
  return undefined;
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
  let leaves: Buffer[] = [];
  let hash: string | undefined;
  const treeHash = (): string => {
    if (hash === undefined) {
      leaves = leafDigests(request.body);
      hash = rules.payloadTreeHash(leaves, request.body);
    }
    return hash;
  };
  const failure = checkUpload(request.headers, request.body, state.config.maxArchiveBytes, treeHash, rules.isUploadTreeHashAccepted);
  if (failure) return failure;
  const id = archiveId(state.config.idSeed, state.counters.archives);
  const archive: Archive = {
    archiveId: id,
    sequence: state.counters.archives,
    description: request.headers['x-amz-archive-description'] ?? '',
    creationDate: now,
    bytes: request.body,
    treeHash: treeHash(),
    leafDigests: leaves,
  };
  const next = withVault(
    { ...state, counters: { ...state.counters, archives: state.counters.archives + 1 } },
    { ...vault, archives: withEntry(vault.archives, id, archive), lastWriteDate: now },
  );
  const headers = { location: locationOf(context, 'archives', id), 'x-amz-archive-id': id, 'x-amz-sha256-tree-hash': archive.treeHash };
  return { state: next, response: emptyResponse(201, headers) };
};
