import { describe, expect, it } from 'vitest';
import { firstDifference } from './first-difference';

describe('firstDifference', () => {
  it.each([
    ['a\nb\nc', 'a\nb\nc', undefined],
    ['a\nb\nc', 'a\nX\nc', { line: 2, expected: 'b', actual: 'X' }],
    ['a\nb', 'a\nb\nc', { line: 3, expected: undefined, actual: 'c' }],
    ['a\nb\n', 'a\nb', { line: 3, expected: '', actual: undefined }],
    ['a\r\nb', 'a\nb', { line: 1, expected: 'a\r', actual: 'a' }],
  ])('compares %j with %j', (expected, actual, difference) => {
    expect(firstDifference(expected, actual)).toEqual(difference);
  });
});
