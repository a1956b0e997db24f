import { open } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { byteSpans, FileBytes, type ByteSource } from './byte-source';

/** Bytes handed to the socket per write: big enough for few syscalls, small enough to keep memory flat. */
const CHUNK = 4 << 20;
const FILE_CHUNK = 1 << 20;

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

async function writeMemory(res: ServerResponse, source: Uint8Array, start: number, end: number): Promise<void> {
  for (let position = start; position < end; ) {
    if (res.destroyed) return;
    const size = Math.min(CHUNK, end - position);
    const chunk = Buffer.from(source.buffer, source.byteOffset + position, size);
    position += size;
    if (!res.write(chunk)) await drained(res);
  }
}

/**
 * A file range to the socket through two reused 1 MiB buffers: one is read into while the
 * other is being flushed, and a buffer is read into again only once its write completed,
 * so serving from disk allocates nothing per chunk.
 */
async function writeFile(res: ServerResponse, file: FileBytes, start: number, end: number): Promise<void> {
  const handle = await open(file.path, 'r');
  const buffers = [Buffer.allocUnsafe(FILE_CHUNK), Buffer.allocUnsafe(FILE_CHUNK)];
  const flushed: Promise<void>[] = [Promise.resolve(), Promise.resolve()];
  try {
    for (let position = start, turn = 0; position < end; turn ^= 1) {
      await flushed[turn];
      if (res.destroyed) return;
      const { bytesRead } = await handle.read(buffers[turn]!, 0, Math.min(FILE_CHUNK, end - position), position);
      if (bytesRead === 0) throw new Error(`${file.path} ended early at ${position}`);
      position += bytesRead;
      flushed[turn] = new Promise((resolve) => res.write(buffers[turn]!.subarray(0, bytesRead), () => resolve()));
      if (res.writableNeedDrain) await drained(res);
    }
    await Promise.all(flushed);
  } finally {
    await handle.close();
  }
}

/**
 * Streams `length` bytes of `source` from `offset` to `res`, waiting for 'drain' whenever
 * the socket is full: views of memory (no copy), or reads of a file into two reused buffers the adapter
 * stored, so a 4 GB job output costs the server one chunk of memory at a time.
 */
export async function writeBytes(res: ServerResponse, source: ByteSource, offset: number, length: number): Promise<void> {
  for (const span of byteSpans(source, offset, length)) {
    if (res.destroyed) return;
    if (span.source instanceof FileBytes) await writeFile(res, span.source, span.start, span.end);
    else if (span.source instanceof Uint8Array) await writeMemory(res, span.source, span.start, span.end);
    else await writeMemory(res, span.source.subarray(span.start, span.end), 0, span.end - span.start);
  }
  res.end();
}
