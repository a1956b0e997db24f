import { describe, expect, it } from 'vitest';
import { formatContentRange, parseContentRange } from './content-range';

describe('parseContentRange', () => {
  it.each([
    ['bytes 0-1023/8388608', { range: { start: 0, end: 1023 }, total: 8388608 }],
    ['bytes 3145728-3145732/3145733', { range: { start: 3145728, end: 3145732 }, total: 3145733 }],
  ])('parses %j (§2.4)', (value, expected) => {
    expect(parseContentRange(value)).toEqual(expected);
  });

  it.each([
    ['bytes=0-1023/10', 'a Range-style "="'],
    ['bytes 0-1023', 'no total'],
    ['bytes */100', 'an unsatisfied-range form'],
    ['bytes 0-9/*', 'an unknown total'],
    ['bytes 0-10/10', 'an end at the total'],
    ['bytes 9-0/10', 'a start after the end'],
  ])('gives undefined for %j (%s)', (value) => {
    expect(parseContentRange(value)).toBeUndefined();
  });
});

describe('formatContentRange', () => {
  it('writes bytes s-e/T as in the DG example and parses back', () => {
    expect(formatContentRange({ start: 0, end: 1023 }, 8388608)).toBe('bytes 0-1023/8388608');
    expect(parseContentRange(formatContentRange({ start: 2, end: 4 }, 5))).toEqual({
      range: { start: 2, end: 4 },
      total: 5,
    });
  });
});
