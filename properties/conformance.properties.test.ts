import { reasonOf } from '../src/engine/check-result';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../src/checks/check-definition';
import { PROFILES } from '../src/profile/profile';
import { conformanceRun } from '../src/run/conformance-run';
import { RUN_DEFAULTS } from '../src/run/run-plan';
import { resolveTargetConfig } from '../src/transport/target-config';

describe('the suite against the embedded reference', () => {
  it('passes every check with the default number of runs', async () => {
    const run = await conformanceRun({
      target: resolveTargetConfig({}, {}),
      profile: PROFILES['reference']!,
      families: FAMILIES,
      notSelectedReason: 'not selected',
      numRuns: RUN_DEFAULTS.numRuns,
      seed: 42,
      jobTimeoutMs: RUN_DEFAULTS.jobTimeoutMs,
      runId: 'test',
    });
    const notPassed = run.checks.filter((check) => check.status !== 'passed');
    expect(notPassed.map((check) => ({ id: check.id, status: check.status, reason: reasonOf(check), ...('counterexample' in check ? { diagnostics: check.counterexample.diagnostics, commands: check.counterexample.commands } : {}) }))).toEqual([]);
  });
});
