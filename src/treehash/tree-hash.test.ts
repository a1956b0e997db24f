import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIB } from './byte-range';
import { combineDigests, hashPair } from './combine-digests';
import { leafDigests, treeHash, treeHashOfRange } from './tree-hash';
import { PATTERN_HASHES, patternBytes } from '../testing/pattern-archive-fixture';

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();
const hex = (digest: Uint8Array): string => Buffer.from(digest).toString('hex');
const fromHex = (text: string): Buffer => Buffer.from(text, 'hex');


const PATTERN = patternBytes(3 * MIB + 5);

// glacier-jobs-api.md §5, "Vectors": input construction, tree hash.
const VECTORS: ReadonlyArray<readonly [string, () => Buffer, string]> = [
  ['empty b"" (botocore convention)', () => Buffer.alloc(0), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['b"a"', () => Buffer.from('a'), 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'],
  ['b"bar"', () => Buffer.from('bar'), 'fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9'],
  ['1 MiB of 0x00', () => Buffer.alloc(MIB), '30e14955ebf1352266dc2ff8067e68104607e750abb9d3b36582b8af909fcb58'],
  ['1 MiB + 1 of 0x00', () => Buffer.alloc(MIB + 1), '28638dab8d5e1754a4ecb38b0ebe6df66c844f94aed142d4d0283d208bb786cd'],
  ['2 MiB of 0x00', () => Buffer.alloc(2 * MIB), '861890b487038d840e9d71d43bbc0fd4571453fb9d9b1f370caa3582a29b0ec7'],
  ['3 MiB + 5 of i % 251', () => PATTERN, 'c9e0c11a00161b193e0a1b3692ec553d4033a887f2086a7cadd4cd722d87f09f'],
  ['5 MiB of 0xff', () => Buffer.alloc(5 * MIB, 0xff), '3e23d02d7e9ec287f1a9bc997eb7765df6f68001a304a1fdebdfceb10208a673'],
  ['5.5 MiB of 0x00', () => Buffer.alloc(5767168), 'a3a82dbe3644dd6046be472f2e3ec1f8ef47f8f3adb86d0de4de7a254f255455'],
  ['1 MiB of "a"', () => Buffer.alloc(MIB, 'a'), '9bc1b2a288b26af7257a36277ae3816a7d4f16e89c1e7e77d0a5c48bad62b360'],
  ['2 MiB of "a"', () => Buffer.alloc(2 * MIB, 'a'), '560c2c9333c719cb00cfdffee3ba293db17f58743cdd1f7e4055373ae6300afa'],
  ['4 MiB of "a"', () => Buffer.alloc(4 * MIB, 'a'), '9491cb2ed1d4e7cd53215f4017c23ec4ad21d7050a1e6bb636c4f67e8cddb844'],
  ['4 MiB + 20 of "a"', () => Buffer.alloc(4194324, 'a'), '12f3cbd6101b981cde074039f6f728071da8879d6f632de8afc7cdf00661b08f'],
];

// §5 "Intermediate nodes" of the 3 MiB + 5 pattern archive.
const { L0, L1, L2, L3, L01, L23, root: PATTERN_ROOT } = PATTERN_HASHES;

describe('treeHash', () => {
  it.each(VECTORS)('hashes %s to the §5 vector', (_name, input, expected) => {
    expect(treeHash(input())).toBe(expected);
  });

  it.each([
    ['1 MiB + 1 zeros', () => Buffer.alloc(MIB + 1), '2cb74edba754a81d121c9db6833704a8e7d417e5b13d1a19f4a52f007d644264'],
    ['3 MiB + 5 pattern', () => PATTERN, 'b01669d77761c4dfdfc8fb927821087bcf5c9ef1f917c4f1f8504e529f19edab'],
    ['5 MiB of 0xff', () => Buffer.alloc(5 * MIB, 0xff), '16f34632ed5fc8556743bb4a5b403edd2cf9845372951b48914b61597a4a0ba7'],
  ])('differs from the linear SHA-256 of %s (§5)', (_name, input, linear) => {
    expect(hex(sha256(input()))).toBe(linear);
    expect(treeHash(input())).not.toBe(linear);
  });
});

describe('leafDigests', () => {
  it('yields the four §5 leaves of the pattern archive, the last over its 5 trailing bytes', () => {
    expect(leafDigests(PATTERN).map(hex)).toEqual([L0, L1, L2, L3]);
  });

  it('yields no leaves for an empty buffer', () => {
    expect(leafDigests(Buffer.alloc(0))).toEqual([]);
  });
});

describe('hashPair', () => {
  it.each([
    ['L0‖L1', L0, L1, L01],
    ['L2‖L3', L2, L3, L23],
    ['the two 2 MiB nodes', L01, L23, PATTERN_ROOT],
    [
      '1 MiB of zeros ‖ SHA-256(0x00)',
      '30e14955ebf1352266dc2ff8067e68104607e750abb9d3b36582b8af909fcb58',
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '28638dab8d5e1754a4ecb38b0ebe6df66c844f94aed142d4d0283d208bb786cd',
    ],
  ])('combines the raw digests of %s in order (§5)', (_name, left, right, parent) => {
    expect(hex(hashPair(fromHex(left), fromHex(right)))).toBe(parent);
    expect(hex(hashPair(fromHex(right), fromHex(left)))).not.toBe(parent);
  });
});

describe('combineDigests', () => {
  it('combines the pattern leaves to the root', () => {
    expect(hex(combineDigests([L0, L1, L2, L3].map(fromHex)))).toBe(PATTERN_ROOT);
  });

  it('promotes the fifth 0xff leaf unchanged twice (§5)', () => {
    const leaf = 'f5fb04aa5b882706b9309e885f19477261336ef76a150c3b4d3489dfac3953ec';
    const twoMiB = 'f488590fadabfeba008495f83be1c35d95199ced95eff5096a4dfab76dd77abd';
    const fourMiB = 'acfe74d7157574101af45b940a17e6887ac4cfc3b9ea8a3fb6ca0c4ee2a34597';
    expect(hex(combineDigests([leaf, leaf].map(fromHex)))).toBe(twoMiB);
    expect(hex(combineDigests([twoMiB, twoMiB].map(fromHex)))).toBe(fourMiB);
    expect(hex(combineDigests(Array.from({ length: 5 }, () => fromHex(leaf))))).toBe(
      hex(hashPair(fromHex(fourMiB), fromHex(leaf))),
    );
  });

  it('combines tree hashes of aligned 2 MiB chunks to the whole-archive hash (§5)', () => {
    const chunks = [PATTERN.subarray(0, 2 * MIB), PATTERN.subarray(2 * MIB)].map((chunk) => fromHex(treeHash(chunk)));
    expect(hex(combineDigests(chunks))).toBe(PATTERN_ROOT);
  });

  it('returns a lone digest as the root', () => {
    expect(hex(combineDigests([fromHex(L3)]))).toBe(L3);
  });

  it('refuses an empty list', () => {
    expect(() => combineDigests([])).toThrowError(RangeError);
  });
});

describe('treeHashOfRange', () => {
  it.each([
    [0, MIB - 1, L0],
    [MIB, 2 * MIB - 1, L1],
    [0, 2 * MIB - 1, L01],
    [2 * MIB, 3 * MIB + 4, L23],
    [3 * MIB, 3 * MIB + 4, L3],
    [0, 3 * MIB + 4, PATTERN_ROOT],
  ])('hashes bytes %d-%d of the pattern archive as a payload of their own', (start, end, expected) => {
    expect(treeHashOfRange(PATTERN, { start, end })).toBe(expected);
  });

  it('refuses a range past the end of the buffer', () => {
    expect(() => treeHashOfRange(PATTERN, { start: 0, end: 3 * MIB + 5 })).toThrowError(RangeError);
  });
});
