import { createHash } from 'node:crypto';
import { leafDigests } from '../treehash';
import { GlacierErrors, type GlacierError } from './glacier-errors';

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/** Whether `value` is 64 hex digits, the form of every SHA-256 header (§2.5). */
export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

/**
 * The hash checks of a request that carries archive bytes (UploadArchive, UploadMultipartPart;
 * §2.5, §4): x-amz-sha256-tree-hash required and equal to the body's tree hash, the linear
 * x-amz-content-sha256 checked when sent. `treeHash` is called only once the cheap checks
 * passed, so a large body is not hashed just to be refused.
 */
export function checkPayloadHashes(
  headers: Readonly<Record<string, string>>,
  body: Uint8Array,
  treeHash: () => string,
  accepts: (sent: string, computed: string) => boolean,
): GlacierError | undefined {
  const expected = headers['x-amz-sha256-tree-hash'];
  // §4: "Required parameter missing: x-amz-sha256-tree-hash", "Invalid x-amz-sha256-tree-hash: <value>".
  if (expected === undefined) return GlacierErrors.missingParameter('x-amz-sha256-tree-hash');
  if (!isSha256Hex(expected)) return GlacierErrors.invalidParameter(`Invalid x-amz-sha256-tree-hash: ${expected}`);
  const linear = headers['x-amz-content-sha256'];
  // UNSIGNED-PAYLOAD is SigV4's "no hash sent": nothing to verify.
  if (linear !== undefined && linear !== 'UNSIGNED-PAYLOAD') {
    if (!isSha256Hex(linear)) return GlacierErrors.invalidParameter(`Invalid x-amz-content-sha256: ${linear}`);
    const computed = createHash('sha256').update(body).digest('hex');
    if (computed !== linear.toLowerCase()) return GlacierErrors.checksumMismatch(linear, computed);
  }
  const computed = treeHash();
  // §4: "Checksum mismatch: expected <header value>, computed <hash of the body>" (I:boto/boto3#1708).
  if (!accepts(expected, computed)) return GlacierErrors.checksumMismatch(expected, computed);
  return undefined;
}

/** A body's tree hash and 1 MiB leaf digests, computed on first use and then kept. */
export interface LazyTreeHash {
  readonly hash: () => string;
  readonly leaves: () => readonly Uint8Array[];
}

export function lazyTreeHash(body: Uint8Array, payloadTreeHash: (leaves: readonly Uint8Array[], bytes: Uint8Array) => string): LazyTreeHash {
  let leaves: Buffer[] | undefined;
  let hash: string | undefined;
  const compute = () => {
    leaves ??= leafDigests(body);
    hash ??= payloadTreeHash(leaves, body);
  };
  return {
    hash: () => (compute(), hash!),
    leaves: () => (compute(), leaves!),
  };
}
