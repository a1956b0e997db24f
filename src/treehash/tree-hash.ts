import { createHash } from 'node:crypto';
import { MIB, isRangeWithin, type ByteRange } from './byte-range';
import { TreeHasher } from './tree-hasher';

/**
 * The SHA-256 tree hash of a whole buffer as 64 lowercase hex characters, the value
 * `x-amz-sha256-tree-hash`, ArchiveSHA256TreeHash and SHA256TreeHash carry (§5).
 *
 * @example treeHash(Buffer.from('bar')) // 'fcde2b2e…8fb9': ≤ 1 MiB is plain SHA-256
 */
export function treeHash(bytes: Uint8Array): string {
  return new TreeHasher().update(bytes).digestHex();
}

/**
 * The tree hash of the inclusive `range` of `bytes`, hashed as a payload of its own: what a
 * Get Job Output response for those bytes carries when it carries a hash at all (§3.5).
 *
 * @throws RangeError when `range` is not within `bytes`.
 */
export function treeHashOfRange(bytes: Uint8Array, range: ByteRange): string {
  if (!isRangeWithin(range, bytes.length)) {
    throw new RangeError(`range ${range.start}-${range.end} is not within ${bytes.length} bytes`);
  }
  return treeHash(bytes.subarray(range.start, range.end + 1));
}

/**
 * The raw leaf digests of `bytes`: SHA-256 of each consecutive 1 MiB chunk, the last one
 * possibly shorter (§5 steps 1–2). An empty buffer has no leaves.
 */
export function leafDigests(bytes: Uint8Array): Buffer[] {
  const leaves: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += MIB) {
    leaves.push(createHash('sha256').update(bytes.subarray(offset, offset + MIB)).digest());
  }
  return leaves;
}
