import { describe, expect, it } from 'vitest';
import { jsonText } from './json-text';

describe('jsonText', () => {
  it.each([
    [null],
    [true],
    [42],
    ['a "quoted" \\ line\n'],
    [[1, 'two', null, { three: 3 }]],
    [{ a: 1, b: undefined, c: [undefined, 2], d: { e: null }, 'we"ird': 'k' }],
    [{ JobList: [], Marker: null }],
  ])('writes %j exactly as JSON.stringify does', (value) => {
    expect(jsonText(value)).toBe(JSON.stringify(value));
  });

  it('reuses the text of a frozen object, and only of a frozen one', () => {
    const frozen = Object.freeze({ a: 1 });
    expect(jsonText([frozen])).toBe('[{"a":1}]');
    const open = { a: 1 };
    jsonText(open);
    open.a = 2;
    expect(jsonText(open)).toBe('{"a":2}');
  });
});
