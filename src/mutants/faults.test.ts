import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../checks/check-definition';
import { ALL_FAULTS, FAULTS, faultNamed } from './faults';
import { UNMEASURED_FAULTS } from './faults-unmeasured';
import { DEFAULT_RULES } from '../reference/reference-rules';

describe('FAULTS', () => {
  it('holds exactly the 33 measured faults the README measures and the unmeasured ones beside them, with unique kebab-case names', () => {
    expect(FAULTS).toHaveLength(33);
    expect(ALL_FAULTS).toHaveLength(FAULTS.length + UNMEASURED_FAULTS.length);
    const names = ALL_FAULTS.map((fault) => fault.name);
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
