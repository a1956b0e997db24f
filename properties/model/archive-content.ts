/**
 * Archive bytes from a size and a seed: generating several MiB through
 * fast-check byte by byte would dominate the run, so the arbitrary draws
 * (size, seed) and the bytes follow from them (xorshift32), reproducibly.
 */
export function archiveContent(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  const words = new Uint32Array(bytes.buffer, 0, Math.floor(size / 4));
  let state = (seed | 0) || 0x9e3779b9;
  for (let index = 0; index < words.length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    words[index] = state >>> 0;
  }
  for (let index = words.length * 4; index < size; index += 1) bytes[index] = (seed + index) & 0xff;
  return bytes;
}
