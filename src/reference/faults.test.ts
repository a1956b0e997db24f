import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../checks/check-definition';
import { ALL_FAULTS, FAULTS, faultNamed } from './faults';
import { DEFAULT_RULES } from './reference-rules';

describe('FAULTS', () => {
  it('holds at least 25 faults with unique kebab-case names', () => {
    const names = ALL_FAULTS.map((fault) => fault.name);
    expect(names.length).toBeGreaterThanOrEqual(25);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('replaces exactly one rule of the reference in each fault, with another function', () => {
    for (const fault of ALL_FAULTS) {
      const replaced = Object.entries(fault.rules);
      expect(replaced.map(([rule]) => rule).filter((rule) => rule in DEFAULT_RULES), fault.name).toHaveLength(1);
      expect(replaced[0]![1], fault.name).not.toBe(DEFAULT_RULES[replaced[0]![0] as keyof typeof DEFAULT_RULES]);
    }
  });

  it('means every family to catch at least one fault', () => {
    expect(new Set(FAULTS.map((fault) => fault.family))).toEqual(new Set(FAMILIES));
  });

  it('finds a fault by name and nothing for an unknown one', () => {
    expect(faultNamed('never-completes')?.family).toBe('lifecycle');
    expect(faultNamed('no-such-fault')).toBeUndefined();
  });
});
