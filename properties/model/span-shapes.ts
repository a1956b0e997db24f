import type { OutputRangeShape, RetrievalShape } from '../arbitraries';
import type { Span } from './glacier-model';

const MiB = 1024 * 1024;

/** A block of 2^level MiB at a multiple of its own size, clipped to `size`; undefined when it starts past the end. */
function treeBlock(size: number, level: number, index: number): Span | undefined {
  const block = 2 ** level * MiB;
  const blocks = Math.ceil(size / block);
  const start = (index % blocks) * block;
  return start < size ? { start, end: Math.min(start + block, size) - 1 } : undefined;
}

function megabyteSpan(size: number, first: number, last: number, toEnd: boolean): Span {
  const leaves = Math.ceil(size / MiB);
  const a = first % leaves;
  const b = a + (last % (leaves - a));
  return { start: a * MiB, end: toEnd || b === leaves - 1 ? size - 1 : (b + 1) * MiB - 1 };
}

function unalignedSpan(size: number, a: number, b: number): Span {
  const start = a % size;
  return { start, end: start + (b % (size - start)) };
}

/** The RetrievalByteRange a shape names for an archive of `size` bytes; undefined = none. */
export function retrievalSpan(shape: RetrievalShape, size: number): Span | undefined {
  switch (shape.kind) {
    case 'none': return undefined;
    case 'tree-aligned': return treeBlock(size, shape.level, shape.index);
    case 'megabyte': return megabyteSpan(size, shape.first, shape.last, shape.toEnd);
    case 'unaligned': return unalignedSpan(size, shape.a, shape.b);
    case 'outside': return { start: 0, end: size - 1 + shape.extra };
  }
}

/** The Range a shape names for a job output of `size` bytes; undefined = no Range header. */
export function outputSpan(shape: OutputRangeShape, size: number): Span | undefined {
  switch (shape.kind) {
    case 'none': return undefined;
    case 'tree-aligned': return treeBlock(size, shape.level, shape.index);
    case 'megabyte': return megabyteSpan(size, shape.first, shape.last, shape.toEnd);
    case 'unaligned': return unalignedSpan(size, shape.a, shape.b);
    case 'last-byte': return { start: size - 1, end: size - 1 };
    case 'past-end': return { start: size + shape.extra, end: size + shape.extra + 1023 };
  }
}

/** §3.4: megabyte aligned and inside the archive. Written from the text, not shared with the system. */
export function isAcceptableRetrieval(span: Span, size: number): boolean {
  return span.start % MiB === 0 && span.start <= span.end && span.end <= size - 1 && ((span.end + 1) % MiB === 0 || span.end === size - 1);
}
