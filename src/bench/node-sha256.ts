import { createHash } from 'node:crypto';

/**
 * The Checksum shape @aws-sdk/sha256-tree-hash expects, over node:crypto, so comparing it with
 * our hasher compares tree-building code on the same SHA-256 primitive, not two SHA-256s.
 */
export class NodeSha256 {
  readonly #hash = createHash('sha256');

  update(data: Uint8Array): void {
    this.#hash.update(data);
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(this.#hash.digest());
  }
}

/** The `fromUtf8` decoder the aws-sdk TreeHash constructor also wants. */
export const fromUtf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
