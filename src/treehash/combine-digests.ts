import { createHash } from 'node:crypto';

/**
 * The parent of two tree nodes: SHA-256 over the two **raw 32-byte digests**
 * concatenated, left first (glacier-jobs-api.md §5 step 3; never the hex text).
 */
export function hashPair(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(left).update(right).digest();
}

/**
 * Reduces one level of tree nodes (leaf digests, or digests of aligned sub-ranges)
 * to the root: pair left to right, promote an odd last node unchanged, repeat (§5).
 * Combining the tree hashes of consecutive 2^k MiB chunks this way gives the hash of
 * their concatenation; 3 MiB or 6 MiB chunks do not combine (§5, "Consequences").
 *
 * @throws RangeError for an empty list: an empty payload has no leaves, and its tree
 * hash is a convention (SHA-256 of nothing), not a combination.
 * @example combineDigests([leaf0, leaf1]) // = hashPair(leaf0, leaf1)
 */
export function combineDigests(digests: readonly Uint8Array[]): Buffer {
  if (digests.length === 0) throw new RangeError('combineDigests needs at least one digest');
  let level: readonly Uint8Array[] = digests;
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(hashPair(level[i]!, level[i + 1]!));
    if (level.length % 2 === 1) next.push(level[level.length - 1]!);
    level = next;
  }
  return Buffer.from(level[0]!);
}
