import { reasonOf } from '../src/engine/check-result';
import { describe, expect, it } from 'vitest';
import { conformanceRun } from '../src/run/conformance-run';
import { runPlan } from '../src/run/run-plan';

describe('the suite against the embedded reference', () => {
  it('passes every check with the default number of runs', async () => {
    const run = await conformanceRun(runPlan({ seed: 42, runId: 'test' }));
    const notPassed = run.checks.filter((check) => check.status !== 'passed');
    expect(notPassed.map((check) => ({ id: check.id, status: check.status, reason: reasonOf(check), ...('counterexample' in check ? { diagnostics: check.counterexample.diagnostics, commands: check.counterexample.commands } : {}) }))).toEqual([]);
  });
});
