import { describe, expect, it } from 'vitest';
import { CATALOG, FAMILIES, implementedCheckIds } from './index';

describe('CATALOG', () => {
  it('has unique ids of the form <family>.<rule>', () => {
    const ids = CATALOG.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of CATALOG) expect(entry.id).toMatch(new RegExp(`^${entry.family}\\.[a-z0-9-]+$`));
  });

  it('implements every entry exactly once and nothing else', () => {
    // Importing ./index registers every family module; a second registration throws.
    expect([...implementedCheckIds()].sort()).toEqual(CATALOG.map((entry) => entry.id).sort());
  });

  it('cites a section of glacier-jobs-api.md for every rule', () => {
    for (const entry of CATALOG) expect(entry.source).toMatch(/^§\d/);
  });

  it('covers every family', () => {
    expect(new Set(CATALOG.map((entry) => entry.family))).toEqual(new Set(FAMILIES));
  });
});
