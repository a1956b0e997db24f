import { createHash } from 'node:crypto';
import { TreeHash } from '@aws-sdk/sha256-tree-hash';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIB } from './byte-range';
import { TreeHasher } from './tree-hasher';

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/**
 * Oracle 1, deliberately unlike the streaming stack: the root's left subtree is the complete
 * tree over the largest power-of-two count of leaves below n, its right subtree is the rest.
 */
function naiveTreeHash(bytes: Uint8Array): Buffer {
  if (bytes.length <= MIB) return sha256(bytes);
  let leftLeaves = 1;
  while (leftLeaves * 2 < Math.ceil(bytes.length / MIB)) leftLeaves *= 2;
  const split = leftLeaves * MIB;
  return sha256(Buffer.concat([naiveTreeHash(bytes.subarray(0, split)), naiveTreeHash(bytes.subarray(split))]));
}

/** Oracle 2's hash primitive: @aws-sdk/sha256-tree-hash over node:crypto. */
class NodeSha256 {
  readonly #hash = createHash('sha256');
  update(data: Uint8Array): void {
    this.#hash.update(data);
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(this.#hash.digest());
  }
}

async function awsTreeHash(chunks: readonly Uint8Array[]): Promise<string> {
  const hash = new TreeHash(NodeSha256, (text) => Buffer.from(text, 'utf8'));
  for (const chunk of chunks) hash.update(chunk);
  return Buffer.from(await hash.digest()).toString('hex');
}

/** Deterministic pseudo-random bytes (xorshift32): fast-check picks the seed, not the megabytes. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const words = new Uint32Array(Math.ceil(length / 4));
  let x = seed | 1;
  for (let i = 0; i < words.length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return Buffer.from(words.buffer, 0, length);
}

function splitAt(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [0, ...[...cuts].sort((a, b) => a - b), bytes.length];
  return points.slice(1).map((end, i) => bytes.subarray(points[i]!, end));
}

const lengthArb = fc.oneof(
  fc.integer({ min: 0, max: 4096 }),
  fc.integer({ min: 0, max: 6 * MIB }),
  // Leaf boundaries are where off-by-one errors live.
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -2, max: 2 })).map(([k, d]) => k * MIB + d),
);

/**
 * Random data split at up to 20 random points (empty chunks included). The case holds only
 * length, seed and cut points, so a counterexample prints in one line, not as megabytes.
 */
const chunkingArb = fc
  .record({ length: lengthArb, seed: fc.integer() })
  .chain(({ length, seed }) =>
    fc.array(fc.integer({ min: 0, max: length }), { maxLength: 20 }).map((cuts) => ({ length, seed, cuts })),
  );

function materialize({ length, seed, cuts }: { length: number; seed: number; cuts: number[] }) {
  const bytes = pseudoRandomBytes(length, seed);
  return { bytes, chunks: splitAt(bytes, cuts) };
}

function streamHash(chunks: readonly Uint8Array[]): string {
  const hasher = new TreeHasher();
  for (const chunk of chunks) hasher.update(chunk);
  return hasher.digestHex();
}

describe('TreeHasher', () => {
  it('matches a naive recursive tree hash for any data and any chunking', () => {
    fc.assert(
      fc.property(chunkingArb, (chunking) => {
        const { bytes, chunks } = materialize(chunking);
        expect(streamHash(chunks)).toBe(naiveTreeHash(bytes).toString('hex'));
      }),
      { numRuns: 40 },
    );
  });

  it('matches @aws-sdk/sha256-tree-hash for any non-empty data and any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        chunkingArb.filter(({ length }) => length > 0),
        async (chunking) => {
          const { chunks } = materialize(chunking);
          expect(streamHash(chunks)).toBe(await awsTreeHash(chunks));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives the same hash for one-byte chunks as for one chunk across a leaf boundary', () => {
    const bytes = pseudoRandomBytes(MIB + 3, 7);
    const hasher = new TreeHasher().update(bytes.subarray(0, MIB - 2));
    for (let i = MIB - 2; i < bytes.length; i += 1) hasher.update(bytes.subarray(i, i + 1));
    expect(hasher.digestHex()).toBe(naiveTreeHash(bytes).toString('hex'));
  });

  it('counts the bytes fed', () => {
    const hasher = new TreeHasher().update(Buffer.alloc(MIB + 1)).update(Buffer.alloc(10));
    expect(hasher.bytesHashed).toBe(MIB + 11);
  });

  it('hashes an empty stream to SHA-256 of nothing (§5, botocore convention)', () => {
    expect(new TreeHasher().update(Buffer.alloc(0)).digestHex()).toBe(sha256(Buffer.alloc(0)).toString('hex'));
  });

  it('refuses updates and digests after the digest', () => {
    const hasher = new TreeHasher().update(Buffer.from('bar'));
    hasher.digest();
    expect(() => hasher.update(Buffer.from('x'))).toThrowError(/already/);
    expect(() => hasher.digest()).toThrowError(/already/);
  });
});
