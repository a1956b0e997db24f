/**
 * Test support: the pattern archive of glacier-jobs-api.md §5 and §6,
 * `bytes(i % 251 for i in range(n))`, and the tree-hash nodes §5 publishes for
 * its 3,145,733-byte form. One copy for the tree-hash, reference and spec tests.
 */
export const PATTERN_SIZE = 3_145_733;

export const PATTERN_HASHES = {
  root: 'c9e0c11a00161b193e0a1b3692ec553d4033a887f2086a7cadd4cd722d87f09f',
  L0: '631b84027d6b9e52b539c4e8373622d23032dfadc64d60af87339c9037e4f769',
  L1: '729b9155f00261a681000ccd0ff20e750ed3d525b5b1e6fc961837a3bb666fd6',
  L2: 'c85ef98b88946506e2c5488c04b97d86b5ec214add104d4849a3145f5e49fd65',
  L3: '3d9c75a83e954d9ebfc264912bd97910c9286a07a3f50c14900c443f77335a6a',
  L01: 'bf4dff263ae686b64403208c35a3767e38453d6477e841947588d13d04e1d816',
  L23: '35e6bf6dfac666483bda3a35065b1e389741608ab2ddec6a51b2dcfd1e26442b',
} as const;

const patterns = new Map<number, Buffer>();

/** `bytes(i % 251 for i in range(length))`, shared per length: never mutate it. */
export function patternBytes(length: number): Buffer {
  const cached = patterns.get(length);
  if (cached) return cached;
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = i % 251;
  patterns.set(length, bytes);
  return bytes;
}
