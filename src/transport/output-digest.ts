import { createHash } from 'node:crypto';
import { TreeHasher } from '../treehash/tree-hasher';

/**
 * What the client reports about a Get Job Output body without keeping it (issue 5 item 4):
 * its size, its SHA-256 tree hash (§5) and linear SHA-256, and the bytes themselves only
 * when the body is small enough to be an inventory the engine wants to parse.
 */
export interface OutputDigest {
  readonly bytes: number;
  /** 64 lowercase hex characters, comparable with `x-amz-sha256-tree-hash`. */
  readonly treeHash: string;
  readonly sha256: string;
  /** The body as UTF-8 text, when it had at most `keepTextBytes` bytes. */
  readonly text?: string;
  /** True when the body was longer than `keepTextBytes`, so `text` is absent. */
  readonly textDropped: boolean;
}

/**
 * Consumes `body` chunk by chunk. Memory stays at one chunk plus `keepTextBytes`: the
 * hashers keep only their state, and the text buffer is released as soon as the body
 * outgrows it.
 */
export async function digestBody(body: AsyncIterable<Uint8Array>, keepTextBytes: number): Promise<OutputDigest> {
  const tree = new TreeHasher();
  const linear = createHash('sha256');
  let kept: Uint8Array[] | undefined = [];
  let bytes = 0;
  for await (const chunk of body) {
    tree.update(chunk);
    linear.update(chunk);
    bytes += chunk.length;
    if (kept && bytes <= keepTextBytes) kept.push(chunk);
    else kept = undefined;
  }
  const digest = { bytes, treeHash: tree.digestHex(), sha256: linear.digest('hex') };
  if (!kept) return { ...digest, textDropped: true };
  return { ...digest, text: Buffer.concat(kept, bytes).toString('utf8'), textDropped: false };
}
