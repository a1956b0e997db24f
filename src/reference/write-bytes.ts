import type { ServerResponse } from 'node:http';

/** Bytes handed to the socket per write: big enough for few syscalls, small enough to keep memory flat. */
const CHUNK = 4 << 20;

/** Resolves when `res` can take more data, or when the client went away. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Streams `length` bytes of `source` from `offset` to `res` as views of the stored
 * buffer (no copy), waiting for 'drain' whenever the socket is full, so a 4 GB job
 * output costs the server one chunk of memory at a time, not the whole body.
 */
export async function writeBytes(res: ServerResponse, source: Uint8Array, offset: number, length: number): Promise<void> {
  const end = offset + length;
  for (let position = offset; position < end; ) {
    if (res.destroyed) return;
    const size = Math.min(CHUNK, end - position);
    const chunk = Buffer.from(source.buffer, source.byteOffset + position, size);
    position += size;
    if (!res.write(chunk)) await drained(res);
  }
  res.end();
}
