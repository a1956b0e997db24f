import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIB, type ByteRange } from './byte-range';
import { isMegabyteAligned } from './retrieval-byte-range';
import { isTreeHashAligned, treeHashAlignedRanges } from './tree-hash-alignment';

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** The oracle's own tree: every node of every level, promoted ones included, as hex. */
function allNodes(bytes: Uint8Array): Set<string> {
  let level: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += MIB) level.push(sha256(bytes.subarray(offset, offset + MIB)));
  const nodes = new Set(level.map((node) => node.toString('hex')));
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? sha256(Buffer.concat([level[i]!, level[i + 1]!])) : level[i]!);
    }
    next.forEach((node) => nodes.add(node.toString('hex')));
    level = next;
  }
  return nodes;
}

/** Tree hash of a payload, computed level by level: independent of the code under test. */
function rootOf(bytes: Uint8Array): string {
  const nodes: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += MIB) nodes.push(sha256(bytes.subarray(offset, offset + MIB)));
  let level = nodes;
  while (level.length > 1) {
    level = level.flatMap((node, i) =>
      i % 2 === 1 ? [] : i + 1 < level.length ? [sha256(Buffer.concat([node, level[i + 1]!]))] : [node],
    );
  }
  return level[0]!.toString('hex');
}

/** Every range starting on a MiB boundary and ending before one or at the end: the §6 candidates. */
function megabyteGranularRanges(size: number): ByteRange[] {
  const ranges: ByteRange[] = [];
  for (let start = 0; start < size; start += MIB) {
    for (let end = start + MIB - 1; end < size - 1 + MIB; end += MIB) ranges.push({ start, end: Math.min(end, size - 1) });
  }
  return ranges;
}

/** An archive of n real 1 MiB leaves (the last one `tail` bytes) whose leaves all differ. */
function distinctLeafArchive(leaves: number, tail: number, fill: number): Buffer {
  const bytes = Buffer.alloc((leaves - 1) * MIB + tail, fill);
  // A leaf index at the start of each leaf: equal leaves would let a misaligned range's hash
  // coincide with some node and make the definition say "aligned".
  for (let i = 0; i < leaves; i += 1) bytes[i * MIB] = i + 1;
  return bytes;
}

const SIZE_6_5_MIB = 6.5 * MIB; // the DG's diagram case (§6)
const MIB_SPANS_6_5 = ['0,1', '1,2', '2,3', '3,4', '4,5', '5,6', '6,6.5', '0,2', '2,4', '4,6', '0,4', '4,6.5', '0,6.5'];
const asSpan = (r: ByteRange) => `${r.start / MIB},${(r.end + 1) / MIB}`;

describe('isTreeHashAligned', () => {
  it('accepts exactly the 13 aligned [start, end) MiB spans of the 6.5 MiB archive (§6)', () => {
    const aligned = megabyteGranularRanges(SIZE_6_5_MIB).filter((range) => isTreeHashAligned(range, SIZE_6_5_MIB));
    expect(aligned.map(asSpan).sort()).toEqual([...MIB_SPANS_6_5].sort());
  });

  it.each([
    ['[2,4) MiB', 2, 4, true],
    ['[1,3) MiB', 1, 3, false],
    ['[4,6.5) MiB, to the end', 4, 6.5, true],
    ['[1,6.5) MiB', 1, 6.5, false],
    ['[0,3) MiB, MB aligned only', 0, 3, false],
  ])('judges %s of the 6.5 MiB archive as in §6', (_name, from, to, expected) => {
    expect(isTreeHashAligned({ start: from * MIB, end: to * MIB - 1 }, SIZE_6_5_MIB)).toBe(expected);
  });

  it.each([
    ['a start off the MiB grid', { start: 1, end: MIB }],
    ['a range past the archive', { start: 0, end: 7 * MIB - 1 }],
    ['a partial leaf', { start: 0, end: 1023 }],
  ])('rejects %s', (_name, range) => {
    expect(isTreeHashAligned(range, SIZE_6_5_MIB)).toBe(false);
  });

  it('agrees with its definition (a node of the archive tree) over random archives of 1-12 leaves (§6)', () => {
    const archiveArb = fc.record({
      leaves: fc.integer({ min: 1, max: 12 }),
      tail: fc.oneof(fc.constant(MIB), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: MIB })),
      fill: fc.integer({ min: 0, max: 255 }),
      offGrid: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(archiveArb, ({ leaves, tail, fill, offGrid }) => {
        const archive = distinctLeafArchive(leaves, tail, fill);
        const nodes = allNodes(archive);
        // Short arbitrary ranges: the definition must say "no" for anything off the grid too.
        const arbitrary = offGrid.map(([a, b]) => {
          const start = a % archive.length;
          return { start, end: Math.min(archive.length - 1, start + (b % 4096)) };
        });
        for (const range of [...megabyteGranularRanges(archive.length), ...arbitrary]) {
          const byDefinition = nodes.has(rootOf(archive.subarray(range.start, range.end + 1)));
          expect({ range, aligned: isTreeHashAligned(range, archive.length) }).toEqual({ range, aligned: byDefinition });
        }
      }),
      { numRuns: 30 },
    );
  });

  it('implies megabyte alignment, not conversely (§6)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 * MIB }), fc.nat(), fc.nat(), (size, a, b) => {
        const start = Math.min(a, b) % size;
        const range = { start: start - (start % MIB), end: Math.max(a, b) % size };
        if (isTreeHashAligned(range, size)) expect(isMegabyteAligned(range, size)).toBe(true);
      }),
    );
    expect(isMegabyteAligned({ start: 0, end: 3 * MIB - 1 }, 4 * MIB)).toBe(true);
    expect(isTreeHashAligned({ start: 0, end: 3 * MIB - 1 }, 4 * MIB)).toBe(false);
  });

  it('judges a range inside an aligned retrieval the same relative to the retrieval and to the archive (§6)', () => {
    const caseArb = fc.integer({ min: 1, max: 40 * MIB }).chain((size) => {
      const retrievals = treeHashAlignedRanges(size);
      return fc.record({
        size: fc.constant(size),
        retrieved: fc.constantFrom(...retrievals),
        picks: fc.tuple(fc.nat(), fc.nat()),
      });
    });
    fc.assert(
      fc.property(caseArb, ({ size, retrieved, picks }) => {
        const length = retrieved.end - retrieved.start + 1;
        const candidates = megabyteGranularRanges(length);
        const output = candidates[picks[0] % candidates.length]!;
        expect(isTreeHashAligned(output, length)).toBe(isTreeHashAligned({ start: retrieved.start + output.start, end: retrieved.start + output.end }, size));
      }),
    );
  });
});

describe('treeHashAlignedRanges', () => {
  it('lists the 13 spans of the 6.5 MiB archive, leaves first (§6)', () => {
    expect(treeHashAlignedRanges(SIZE_6_5_MIB).map(asSpan)).toEqual(MIB_SPANS_6_5);
  });

  it('lists exactly the ranges isTreeHashAligned accepts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 * MIB }), (size) => {
        const expected = megabyteGranularRanges(size).filter((range) => isTreeHashAligned(range, size));
        expect(new Set(treeHashAlignedRanges(size).map(asSpan))).toEqual(new Set(expected.map(asSpan)));
        expect(treeHashAlignedRanges(size)).toHaveLength(expected.length);
      }),
      { numRuns: 50 },
    );
  });
});
