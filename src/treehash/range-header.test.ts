import { describe, expect, it } from 'vitest';
import { formatRangeHeader, parseRangeHeader } from './range-header';

describe('parseRangeHeader', () => {
  it.each([
    ['bytes=0-1023', { start: 0, end: 1023 }],
    ['bytes=8388608-12582911', { start: 8388608, end: 12582911 }],
    ['Bytes=5-5', { start: 5, end: 5 }],
    [' bytes=1-2 ', { start: 1, end: 2 }],
  ])('parses %j', (value, expected) => {
    expect(parseRangeHeader(value)).toEqual(expected);
  });

  it.each([
    ['a Content-Range sent as Range (I:boto/boto3#2077)', 'bytes 0-4194303/235812776'],
    ['an open range (undocumented, §3.5)', 'bytes=100-'],
    ['a suffix range (undocumented, §3.5)', 'bytes=-100'],
    ['several ranges', 'bytes=0-1,4-5'],
    ['a start after the end', 'bytes=5-4'],
    ['another unit', 'items=0-1'],
    ['an empty value', ''],
  ])('gives undefined for %s', (_name, value) => {
    expect(parseRangeHeader(value)).toBeUndefined();
  });
});

describe('formatRangeHeader', () => {
  it('writes bytes=s-e and parses back', () => {
    expect(formatRangeHeader({ start: 0, end: 1048575 })).toBe('bytes=0-1048575');
    expect(parseRangeHeader(formatRangeHeader({ start: 3, end: 9 }))).toEqual({ start: 3, end: 9 });
  });
});
