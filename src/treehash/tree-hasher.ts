import { createHash, type Hash } from 'node:crypto';
import { MIB } from './byte-range';
import { hashPair } from './combine-digests';

/**
 * Streaming SHA-256 tree hash (glacier-jobs-api.md §5): feed chunks of any size with
 * {@link TreeHasher.update}, then call {@link TreeHasher.digest} once.
 *
 * Memory is logarithmic in the input: the hasher keeps only the right edge of the tree,
 * one pending digest per level (like the carries of a binary counter), never a list of
 * leaves. Chunks go straight into node:crypto (sliced at leaf boundaries, never copied),
 * so it runs at the speed of plain SHA-256.
 *
 * @example
 * const hasher = new TreeHasher();
 * for await (const chunk of stream) hasher.update(chunk);
 * hasher.digestHex(); // 64 lowercase hex characters
 */
export class TreeHasher {
  /** pending[k] is the root of a complete subtree of 2^k leaves still waiting for its right sibling. */
  readonly #pending: (Buffer | undefined)[] = [];
  #leaf: Hash = createHash('sha256');
  #leafBytes = 0;
  #bytes = 0;
  #finished = false;

  /** Total bytes fed so far. */
  get bytesHashed(): number {
    return this.#bytes;
  }

  /** Feeds the next bytes of the payload. Returns the hasher, for chaining. */
  update(chunk: Uint8Array): this {
    this.#assertOpen();
    const length = chunk.length;
    let offset = 0;
    while (offset < length) {
      const take = Math.min(MIB - this.#leafBytes, length - offset);
      // Most chunks (64 KiB reads divide 1 MiB) fit whole in the current leaf: no view needed.
      this.#leaf.update(take === length ? chunk : chunk.subarray(offset, offset + take));
      offset += take;
      this.#leafBytes += take;
      if (this.#leafBytes === MIB) this.#closeLeaf();
    }
    this.#bytes += length;
    return this;
  }

  /**
   * The raw 32-byte root. An empty payload gives SHA-256 of nothing, the botocore
   * convention (§5). Finishes the hasher: later calls throw.
   */
  digest(): Buffer {
    this.#assertOpen();
    // The short tail is the last leaf; a payload of whole MiBs has no tail, except the empty one.
    if (this.#leafBytes > 0 || this.#bytes === 0) this.#pushLeaf(this.#leaf.digest());
    this.#finished = true;
    // Folding the right edge from the smallest subtree up reproduces "odd node promoted
    // unchanged": a lone subtree rises untouched until it meets a left sibling.
    let root: Buffer | undefined;
    for (const node of this.#pending) {
      if (node !== undefined) root = root === undefined ? node : hashPair(node, root);
    }
    return root!;
  }

  /** {@link TreeHasher.digest} as 64 lowercase hex characters, the `x-amz-sha256-tree-hash` form. */
  digestHex(): string {
    return this.digest().toString('hex');
  }

  #closeLeaf(): void {
    this.#pushLeaf(this.#leaf.digest());
    this.#leaf = createHash('sha256');
    this.#leafBytes = 0;
  }

  #pushLeaf(leaf: Buffer): void {
    let node = leaf;
    let level = 0;
    for (let left = this.#pending[level]; left !== undefined; left = this.#pending[level]) {
      node = hashPair(left, node);
      this.#pending[level] = undefined;
      level += 1;
    }
    this.#pending[level] = node;
  }

  #assertOpen(): void {
    if (this.#finished) throw new Error('TreeHasher: digest() was already called');
  }
}
