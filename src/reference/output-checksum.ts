import { MIB, combineDigests, isTreeHashAligned, leafDigests, type ByteRange } from '../treehash';
import type { ByteSource } from './byte-source';
import type { Archive } from './glacier-state';

/**
 * Whether archive bytes `returned`, downloaded from a job that retrieved `retrieved`,
 * carry a checksum (x-amz-sha256-tree-hash on Get Job Output, SHA256TreeHash on
 * Describe Job). §7 item 4 lists a conflict: the model's "1 MB multiples" wording vs
 * the DG's "tree-hash aligned". We take the DG rule, the precise reading §3.5 and §6
 * recommend: both the job's range and the returned range must be tree-hash aligned
 * relative to the archive.
 */
export function isChecksumReturned(retrieved: ByteRange, returned: ByteRange, archiveSize: number): boolean {
  return isTreeHashAligned(retrieved, archiveSize) && isTreeHashAligned(returned, archiveSize);
}

/**
 * The SHA-256 tree hash of a payload (§5) from its 1 MiB leaf digests: pair left to
 * right, promote an odd last node. `bytes` is the payload itself, for a rule that
 * hashes it another way (a faulty variant); the default needs only the leaves.
 */
export function payloadTreeHash(leaves: readonly Uint8Array[], _bytes: ByteSource): string {
  return combineDigests(leaves).toString('hex');
}

/**
 * The tree hash of archive bytes `range`, hashed as a payload of its own (§5) with
 * `hashPayload`. A range that starts on a 1 MiB boundary and ends on one (or at the
 * archive's end) is made of the archive's own leaves, so its hash is built from the
 * stored leaf digests: no archive byte is read again, which keeps ranged downloads of
 * large archives cheap.
 */
export function rangeTreeHash(archive: Archive, range: ByteRange, hashPayload: typeof payloadTreeHash = payloadTreeHash): string {
  const size = archive.bytes.length;
  if (range.start === 0 && range.end === size - 1) return archive.treeHash;
  const bytes = archive.bytes.subarray(range.start, range.end + 1);
  const endsOnLeaf = (range.end + 1) % MIB === 0 || range.end === size - 1;
  if (range.start % MIB !== 0 || !endsOnLeaf) return hashPayload(leafDigests(bytes), bytes);
  const first = range.start / MIB;
  const last = Math.floor(range.end / MIB);
  return hashPayload(archive.leafDigests.slice(first, last + 1), bytes);
}
