import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { byteSpans, FileBytes, type ByteSource } from './byte-source';

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

async function writeMemory(res: ServerResponse, source: Uint8Array, start: number, end: number): Promise<void> {
  for (let position = start; position < end; ) {
    if (res.destroyed) return;
    const size = Math.min(CHUNK, end - position);
    const chunk = Buffer.from(source.buffer, source.byteOffset + position, size);
    position += size;
    if (!res.write(chunk)) await drained(res);
  }
}

async function writeFile(res: ServerResponse, file: FileBytes, start: number, end: number): Promise<void> {
  const stream = createReadStream(file.path, { start, end: end - 1, highWaterMark: CHUNK });
  try {
    for await (const chunk of stream) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await drained(res);
    }
  } finally {
    stream.destroy();
  }
}

/**
 * Streams `length` bytes of `source` from `offset` to `res`, waiting for 'drain' whenever
 * the socket is full: views of memory (no copy), or 4 MiB reads of a file the adapter
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
