import { describe, expect, it } from 'vitest';
import { replaceSection } from './readme-section';

describe('replaceSection', () => {
  it('replaces what lies between the markers and keeps the rest of the text', () => {
    const text = 'intro\n<!-- mutants:start -->\nold table\n<!-- mutants:end -->\noutro\n';
    expect(replaceSection(text, 'mutants', 'new table\n')).toBe('intro\n<!-- mutants:start -->\nnew table\n<!-- mutants:end -->\noutro\n');
  });

  it.each([
    ['no markers at all'],
    ['<!-- mutants:end -->\n<!-- mutants:start -->'],
    ['<!-- other:start -->\n<!-- other:end -->'],
  ])('refuses text without a start marker before an end marker: %j', (text) => {
    expect(() => replaceSection(text, 'mutants', 'x')).toThrow(/no <!-- mutants:start -->/);
  });
});
