import { closeSync, openSync, readSync, unlink } from 'node:fs';

/**
 * Archive bytes as the core sees them: a length and a way to take a range. A Uint8Array
 * is one (held in memory); {@link FileBytes} is one stored on disk by the HTTP adapter;
 * {@link JoinedBytes} is the archive a multipart upload assembled, its parts in order.
 * All three are immutable, so the core can hold them in its state like any other value.
 */
export interface ByteSource {
  readonly length: number;
  /** Bytes start..end-1: a view for memory, a copy read from disk for a file. */
  subarray(start?: number, end?: number): Uint8Array;
}

/** Temp files are removed once no archive, job or part refers to their bytes. */
const unlinkWhenUnreachable = new FinalizationRegistry<string>((path) => unlink(path, () => {}));

/** Bytes the adapter wrote to a file of their own; read on demand, deleted when unreachable. */
export class FileBytes implements ByteSource {
  constructor(
    readonly path: string,
    readonly length: number,
  ) {
    unlinkWhenUnreachable.register(this, path);
  }

  subarray(start = 0, end = this.length): Uint8Array {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    const bytes = Buffer.allocUnsafe(Math.max(0, to - from));
    const fd = openSync(this.path, 'r');
    try {
      for (let done = 0; done < bytes.length; ) done += readSync(fd, bytes, done, bytes.length - done, from + done);
    } finally {
      closeSync(fd);
    }
    return bytes;
  }
}

/** Pieces of one archive end to end (a multipart upload's parts), never copied into one buffer. */
export class JoinedBytes implements ByteSource {
  readonly length: number;

  constructor(readonly pieces: readonly ByteSource[]) {
    this.length = pieces.reduce((total, piece) => total + piece.length, 0);
  }

  subarray(start = 0, end = this.length): Uint8Array {
    const parts = [...byteSpans(this, start, Math.min(end, this.length) - start)].map((span) => span.source.subarray(span.start, span.end));
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }
}

/** The pieces in memory or on disk that hold `length` bytes of `source` from `start`, in order. */
export function* byteSpans(source: ByteSource, start: number, length: number): Generator<{ source: ByteSource; start: number; end: number }> {
  if (length <= 0) return;
  if (!(source instanceof JoinedBytes)) {
    yield { source, start, end: start + length };
    return;
  }
  let offset = 0;
  for (const piece of source.pieces) {
    const from = Math.max(start, offset);
    const to = Math.min(start + length, offset + piece.length);
    if (from < to) yield* byteSpans(piece, from - offset, to - from);
    offset += piece.length;
  }
}

/** Parts joined: one buffer when they are all small and in memory, else a {@link JoinedBytes}. */
export function joinBytes(pieces: readonly ByteSource[]): ByteSource {
  if (pieces.length === 1) return pieces[0]!;
  const inMemory = pieces.every((piece) => piece instanceof Uint8Array);
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return inMemory && total <= 64 * 1024 * 1024 ? Buffer.concat(pieces as Uint8Array[]) : new JoinedBytes(pieces);
}
