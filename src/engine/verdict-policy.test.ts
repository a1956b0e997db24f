import { describe, expect, it } from 'vitest';
import type { Counterexample } from './check-result';
import { verdictOf, type AttemptShape } from './verdict-policy';

const counterexample: Counterexample = { diagnostics: [{ path: 'status', message: 'Received: 500\nExpected: 200' }], commands: ['c'], steps: [], seed: 1, path: '0', relaxed: [], numRuns: 3, numShrinks: 1 };
const found = { counterexample, atMs: 7 };
const base: AttemptShape = { observations: 0, runs: 20 };

/** Each attempt shape and the status and reason the policy owes it (first matching rule wins). */
const TABLE: readonly (readonly [string, AttemptShape, string, string | undefined])[] = [
  ['a failure found', { ...base, observations: 2, found }, 'failed', undefined],
  ['a failure the profile declares', { ...base, found, knownDeviation: 'documented gap' }, 'known', 'documented gap'],
  ['a failure, even when the target later went away', { ...base, found, targetProblem: 'refused', interrupted: { runs: 3, of: 20 } }, 'failed', undefined],
  ['the target could not be asked', { ...base, observations: 5, targetProblem: 'connection-refused' }, 'inconclusive', 'the target could not be tested: connection-refused'],
  ['a harness error', { ...base, observations: 5, harnessError: 'boom' }, 'inconclusive', 'the suite itself failed: boom'],
  ['the time budget ran out', { ...base, observations: 5, interrupted: { runs: 3, of: 20 } }, 'inconclusive', 'the time budget ran out after 3 of 20 runs'],
  ['target problem before harness error before budget', { ...base, targetProblem: 't', harnessError: 'h', interrupted: { runs: 1, of: 2 } }, 'inconclusive', 'the target could not be tested: t'],
  ['held, but its subject never occurred', { ...base, observations: 9, unseenSubjectReason: 'no job completed within the job timeout' }, 'inconclusive', 'no job completed within the job timeout'],
  ['a failure found although its subject was not seen otherwise', { ...base, found, unseenSubjectReason: 'no job completed' }, 'failed', undefined],
  ['observed and never failing', { ...base, observations: 4, vacuousReason: 'ignored once observed', undecidedReason: 'ignored too' }, 'passed', undefined],
  ['never observed, subject never shown', { ...base, vacuousReason: 'no job was ever InProgress', undecidedReason: 'jobs timed out' }, 'not-run', 'no job was ever InProgress'],
  ['never observed, the family says why', { ...base, undecidedReason: 'jobs never completed' }, 'inconclusive', 'jobs never completed'],
  ['never observed, no reason given', base, 'inconclusive', 'not exercised in 20 runs'],
];

describe('verdictOf', () => {
  it.each(TABLE)('%s', (_, shape, status, reason) => {
    const result = verdictOf('list-jobs.page-within-limit', shape);
    expect(result.status).toBe(status);
    expect('reason' in result ? result.reason : undefined).toBe(reason);
    expect(result.observations).toBe(shape.observations);
  });

  it('keeps the counterexample and detection time of a failure', () => {
    const result = verdictOf('list-jobs.page-within-limit', { ...base, found });
    expect(result).toEqual({ id: 'list-jobs.page-within-limit', status: 'failed', observations: 0, counterexample, timeToDetectionMs: 7 });
  });
});
