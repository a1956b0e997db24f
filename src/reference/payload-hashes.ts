import { createHash } from 'node:crypto';
import { leafDigests } from '../treehash';
import type { ByteSource } from './byte-source';
import type { ReferenceRequest } from './reference-http';
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
  linearHash: () => string,
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
    const computed = linearHash();
    if (computed !== linear.toLowerCase()) return GlacierErrors.checksumMismatch(linear, computed);
  }
  const computed = treeHash();
  // §4: "Checksum mismatch: expected <header value>, computed <hash of the body>" (I:boto/boto3#1708).
  if (!accepts(expected, computed)) return GlacierErrors.checksumMismatch(expected, computed);
  return undefined;
}

/** A body's hashes, computed on first use and then kept; taken from the adapter when it streamed the body. */
export interface LazyHashes {
  readonly bytes: ByteSource;
  readonly hash: () => string;
  readonly leaves: () => readonly Uint8Array[];
  readonly sha256: () => string;
}

export function lazyHashes(request: ReferenceRequest, payloadTreeHash: (leaves: readonly Uint8Array[], bytes: ByteSource) => string): LazyHashes {
  const { payload } = request;
  const bytes: ByteSource = payload?.bytes ?? request.body;
  let leaves: readonly Uint8Array[] | undefined = payload?.leafDigests;
  let hash: string | undefined;
  let linear: string | undefined = payload?.sha256;
  return {
    bytes,
    hash: () => (hash ??= payloadTreeHash((leaves ??= leafDigests(request.body)), bytes)),
    leaves: () => (leaves ??= leafDigests(request.body)),
    sha256: () => (linear ??= createHash('sha256').update(request.body).digest('hex')),
  };
}
