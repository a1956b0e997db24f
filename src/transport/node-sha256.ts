import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';

/** What @smithy hashes accept: text, or any binary view. */
type SourceData = string | ArrayBuffer | ArrayBufferView;

function toBinary(data: SourceData): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/**
 * The `Checksum` shape @smithy/signature-v4 expects (`new Sha256(secret?)`, `update`,
 * async `digest`, `reset`), on node:crypto: native hashing is several times faster than
 * the pure-JS @aws-crypto/sha256-js, and signing sits on every request's path.
 */
export class NodeSha256 {
  readonly #secret: string | Uint8Array | undefined;
  #hash: Hash | Hmac;

  constructor(secret?: SourceData) {
    this.#secret = secret === undefined ? undefined : toBinary(secret);
    this.#hash = NodeSha256.#create(this.#secret);
  }

  update(data: SourceData): void {
    this.#hash.update(toBinary(data));
  }

  async digest(): Promise<Uint8Array> {
    return this.#hash.digest();
  }

  reset(): void {
    this.#hash = NodeSha256.#create(this.#secret);
  }

  static #create(secret: Uint8Array | string | undefined): Hash | Hmac {
    return secret === undefined ? createHash('sha256') : createHmac('sha256', secret);
  }
}
