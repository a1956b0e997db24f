import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { treeHash } from '../treehash/tree-hash';
import { digestBody } from './output-digest';

async function* chunks(bytes: Buffer, size: number) {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

describe('digestBody', () => {
  const payload = Buffer.from(Array.from({ length: 5 * 1024 * 1024 + 3 }, (_, i) => (i * 31) % 251));

  it.each([1000, 65_536, 3 * 1024 * 1024])('hashes a body arriving in %d-byte chunks like the whole buffer (§5)', async (size) => {
    const digest = await digestBody(chunks(payload, size), 1024);
    expect(digest).toEqual({
      bytes: payload.length,
      treeHash: treeHash(payload),
      sha256: createHash('sha256').update(payload).digest('hex'),
      textDropped: true,
    });
  });

  it('keeps the text of a body up to the limit', async () => {
    const inventory = Buffer.from('Archive ID,Size\nA,1\n');
    expect((await digestBody(chunks(inventory, 4), inventory.length)).text).toBe(inventory.toString());
    expect((await digestBody(chunks(inventory, 4), inventory.length - 1)).text).toBeUndefined();
  });

  it('gives the empty body the SHA-256 of nothing', async () => {
    const empty = createHash('sha256').digest('hex');
    expect(await digestBody(chunks(Buffer.alloc(0), 1), 10)).toEqual({ bytes: 0, treeHash: empty, sha256: empty, text: '', textDropped: false });
  });
});
