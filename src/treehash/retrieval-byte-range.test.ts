import { describe, expect, it } from 'vitest';
import { MIB } from './byte-range';
import { formatRetrievalByteRange, isMegabyteAligned, parseRetrievalByteRange } from './retrieval-byte-range';

const PATTERN_SIZE = 3 * MIB + 5; // the §6 fixture archive

describe('isMegabyteAligned', () => {
  it.each([
    ['the DG example 2097152-4194303 of an 8 MiB archive', 2097152, 4194303, 8 * MIB, true],
    ['the §6 job range 2097152-3145732 (to the end)', 2097152, 3145732, PATTERN_SIZE, true],
    ['1048576-3145727: MB aligned, not tree-hash aligned (§6)', MIB, 3145727, PATTERN_SIZE, true],
    ['the whole archive', 0, PATTERN_SIZE - 1, PATTERN_SIZE, true],
    ['a range ending one byte before a boundary is the only other end', 0, MIB - 1, PATTERN_SIZE, true],
    ['a start off the 1 MiB grid', 1, MIB - 1, PATTERN_SIZE, false],
    ['an end neither on a boundary nor at the archive end', 0, 1023, PATTERN_SIZE, false],
    ['an end one byte short of the archive end', 2 * MIB, PATTERN_SIZE - 2, PATTERN_SIZE, false],
    ['an end past the archive (inferred)', 0, 4 * MIB - 1, PATTERN_SIZE, false],
    ['a start after the end (inferred)', 2 * MIB, MIB - 1, PATTERN_SIZE, false],
  ])('judges %s (§3.4)', (_name, start, end, size, expected) => {
    expect(isMegabyteAligned({ start, end }, size)).toBe(expected);
  });
});

describe('parseRetrievalByteRange', () => {
  it.each([
    ['2097152-4194303', { start: 2097152, end: 4194303 }],
    ['0-0', { start: 0, end: 0 }],
  ])('parses %s', (text, expected) => {
    expect(parseRetrievalByteRange(text)).toEqual(expected);
  });

  it.each(['', '5', '5-', '-5', '5-4', 'bytes=0-1', '0-1 ', '1.5-2', '0-99999999999999999999'])(
    'rejects %j',
    (text) => {
      expect(parseRetrievalByteRange(text)).toBeUndefined();
    },
  );

  it('round-trips through formatRetrievalByteRange', () => {
    expect(formatRetrievalByteRange({ start: 2097152, end: 3145732 })).toBe('2097152-3145732');
    expect(parseRetrievalByteRange(formatRetrievalByteRange({ start: 7, end: 9 }))).toEqual({ start: 7, end: 9 });
  });
});
