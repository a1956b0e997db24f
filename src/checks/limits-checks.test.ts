import { describe, expect, it } from 'vitest';
import { limitsChecks } from './limits-checks';

const refused = { status: 400, headers: {}, bytes: 0, json: { code: 'InvalidParameterValueException', message: 'bad limit', type: 'Client' } };
const page = (jobs: number) => ({ status: 200, headers: {}, bytes: 0, json: { JobList: Array.from({ length: jobs }, (_, i) => ({ JobId: `j${i}` })), Marker: null } });

describe('limits.out-of-range-rejected and the reading of a limit above the maximum (§9)', () => {
  it.each([
    ['refused, strict reading', { limit: '51', response: refused }, 0],
    ['clamped, strict reading', { limit: '51', response: page(50) }, 2],
    ['refused, refused-or-clamped', { limit: '51', response: refused, clampableTo: 50 }, 0],
    ['clamped to the maximum, refused-or-clamped', { limit: '51', response: page(50), clampableTo: 50 }, 0],
    ['a page over the maximum, refused-or-clamped', { limit: '51', response: page(51), clampableTo: 50 }, 1],
    ['limit 0 served, refused-or-clamped', { limit: '0', response: page(1), clampableTo: 50 }, 2],
  ] as const)('%s: %d diagnostics', (_name, observation, count) => {
    expect(limitsChecks['limits.out-of-range-rejected'](observation)).toHaveLength(count);
  });
});
