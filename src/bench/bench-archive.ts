import { randomFillSync } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { TreeHasher } from '../treehash/tree-hasher';

/**
 * Writes a `size`-byte file from one random block (its first bytes varied per
 * block, so no two blocks are equal) and returns the file's tree hash.
 */
export function writeArchive(file: string, size: number, block: number): string {
  const buffer = randomFillSync(Buffer.allocUnsafe(block));
  const hasher = new TreeHasher();
  const fd = openSync(file, 'w');
  try {
    for (let offset = 0; offset < size; offset += block) {
      buffer.writeUInt32BE(offset / block, 0);
      writeSync(fd, buffer);
      hasher.update(buffer);
    }
  } finally {
    closeSync(fd);
  }
  return hasher.digestHex();
}
