import { describe, expect, it } from 'vitest';
import { isGlacierError } from './glacier-errors';
import { paginateAfterMarker, parseListLimit } from './job-pagination';

const ids = ['a', 'b', 'c', 'd', 'e'];
const all = () => true;
const page = (marker: string | null, limit: number, matches: (id: string) => boolean = all) =>
  paginateAfterMarker(ids, (id) => id, matches, marker, limit);

describe('parseListLimit', () => {
  it.each([
    [null, 50],
    ['1', 1],
    ['50', 50],
    ['07', 7],
  ])('reads limit %s as %d (§3.2)', (raw, expected) => {
    expect(parseListLimit(raw, 50, 50)).toBe(expected);
  });

  it.each(['0', '51', '-1', 'abc', '', '1.5', ' 5', '99999999999'])('rejects limit %j with InvalidParameterValueException (§3.2)', (raw) => {
    const result = parseListLimit(raw, 50, 50);
    expect(isGlacierError(result) && result.code).toBe('InvalidParameterValueException');
  });

  it('takes its bounds from the profile: 1000 under the 2012 reading (§7.6)', () => {
    expect(parseListLimit('1000', 1000, 1000)).toBe(1000);
    expect(parseListLimit(null, 1000, 1000)).toBe(1000);
  });
});

describe('paginateAfterMarker', () => {
  it('returns the first page with the last id as Marker', () => {
    expect(page(null, 2)).toEqual({ items: ['a', 'b'], nextMarker: 'b' });
  });

  it('continues strictly after the marker', () => {
    expect(page('b', 2)).toEqual({ items: ['c', 'd'], nextMarker: 'd' });
  });

  it('returns a null Marker on the last page, also when it is exactly full', () => {
    expect(page('c', 2)).toEqual({ items: ['d', 'e'], nextMarker: null });
    expect(page(null, 5)).toEqual({ items: ids, nextMarker: null });
  });

  it('visits every item exactly once when walking with any limit', () => {
    for (let limit = 1; limit <= 6; limit++) {
      const seen: string[] = [];
      let marker: string | null = null;
      do {
        const result = page(marker, limit);
        if (isGlacierError(result)) throw new Error(result.message);
        seen.push(...result.items);
        marker = result.nextMarker;
      } while (marker !== null);
      expect(seen).toEqual(ids);
    }
  });

  it('filters after the marker and gives null when no matching item follows', () => {
    const vowels = (id: string) => id === 'a' || id === 'e';
    expect(page(null, 1, vowels)).toEqual({ items: ['a'], nextMarker: 'a' });
    expect(page('a', 1, vowels)).toEqual({ items: ['e'], nextMarker: null });
    expect(page('b', 5, (id) => id === 'a')).toEqual({ items: [], nextMarker: null });
  });

  it('anchors on a marker whose item no longer matches the filter', () => {
    expect(page('b', 5, (id) => id !== 'b')).toEqual({ items: ['c', 'd', 'e'], nextMarker: null });
  });

  it('rejects an unknown marker with InvalidParameterValueException (§3.2)', () => {
    const result = page('zz', 2);
    expect(isGlacierError(result) && result.code).toBe('InvalidParameterValueException');
  });
});
