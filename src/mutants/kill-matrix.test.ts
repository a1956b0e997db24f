import { describe, expect, it } from 'vitest';
import type { CheckId } from '../checks/catalog';
import type { CheckResult } from '../engine/check-result';
import { killRow, killSummary, median } from './kill-matrix';

function failed(id: CheckId, timeToDetectionMs: number, commands: number): CheckResult {
  const counterexample = { diagnostics: [], commands: Array.from({ length: commands }, (_, i) => `c${i}`), steps: [], seed: 1, path: '0', relaxed: [], numRuns: 1, numShrinks: 0 };
  return { id, status: 'failed', observations: 1, counterexample, timeToDetectionMs };
}
const passed = (id: CheckId): CheckResult => ({ id, status: 'passed', observations: 3 });
const fault = { name: 'some-fault', family: 'list-jobs' as const, description: 'd' };

describe('killRow', () => {
  it('credits the fault to its family with the earliest failing check of it', () => {
    const row = killRow(fault, 1, [failed('list-jobs.creation-order', 40, 3), failed('list-jobs.page-within-limit', 10, 5), failed('limits.in-range-honoured', 5, 2), passed('errors.unknown-job')], 900);
    expect(row.verdict).toBe('caught');
    expect(row.caughtBy['list-jobs']).toEqual({ checks: ['list-jobs.creation-order', 'list-jobs.page-within-limit'], firstCheck: 'list-jobs.page-within-limit', timeToDetectionMs: 10, counterexampleCommands: 5, maxCounterexampleCommands: 5 });
    expect(Object.keys(row.caughtBy).sort()).toEqual(['limits', 'list-jobs']);
  });

  it('calls a fault caught only elsewhere wrong-family, and one caught nowhere survived', () => {
    expect(killRow(fault, 1, [failed('limits.in-range-honoured', 5, 2)], 1).verdict).toBe('wrong-family');
    expect(killRow(fault, 1, [passed('list-jobs.creation-order'), { id: 'lifecycle.status-forward-only', status: 'inconclusive', observations: 0, reason: 'r' }], 1)).toMatchObject({ verdict: 'survived', inconclusive: ['lifecycle.status-forward-only'] });
  });
});

describe('killSummary', () => {
  it('measures caught %, the median detection time and the longest counterexample over every fault and seed', () => {
    const rows = [
      killRow({ ...fault, name: 'a' }, 1, [failed('list-jobs.creation-order', 30, 2)], 1),
      killRow({ ...fault, name: 'a' }, 2, [failed('list-jobs.creation-order', 10, 4), failed('list-jobs.page-within-limit', 50, 6)], 1),
      killRow({ ...fault, name: 'c' }, 1, [failed('limits.in-range-honoured', 1, 9)], 1),
      killRow({ ...fault, name: 'd' }, 1, [], 1),
    ];
    expect(killSummary(rows)).toEqual({ faults: 3, seeds: [1, 2], runs: 4, caughtRuns: 2, caughtPercent: 50, wrongFamily: ['c@1'], survived: ['d@1'], medianDetectionMs: 20, maxDetectionMs: 30, maxCounterexampleCommands: 6 });
  });
});

describe('median', () => {
  it.each([
    [[], 0],
    [[5], 5],
    [[9, 1, 5], 5],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
