import { describe, expect, it } from 'vitest';
import { PROFILES } from '../src/profile/profile';
import { FAULTS } from '../src/reference/faults';
import { conformanceRun } from '../src/run/conformance-run';
import { RUN_DEFAULTS } from '../src/run/run-plan';
import { resolveTargetConfig } from '../src/target/target-config';

describe('faulty variants of the reference', () => {
  it.each(FAULTS.map((fault) => [fault.name, fault] as const))('%s is caught by its family with a counterexample of at most 6 commands', async (_name, fault) => {
    const run = await conformanceRun({
      target: resolveTargetConfig({}, {}),
      profile: PROFILES['aws']!,
      families: [fault.family],
      notSelectedReason: 'not selected',
      numRuns: RUN_DEFAULTS.numRuns,
      seed: 7,
      jobTimeoutMs: RUN_DEFAULTS.jobTimeoutMs,
      runId: 'fault',
      embedded: { rules: fault.rules },
    });
    const failed = run.checks.filter((check) => check.status === 'failed');
    expect(failed.length, `${fault.name}: no check of ${fault.family} failed`).toBeGreaterThan(0);
    for (const check of failed) {
      expect(check.id.startsWith(`${fault.family}.`)).toBe(true);
      expect(check.counterexample!.commands.length, `${check.id}: ${check.counterexample!.commands.join(' | ')}`).toBeLessThanOrEqual(6);
      expect(check.counterexample!.steps.flatMap((step) => step.exchanges).length).toBeGreaterThan(0);
    }
  });
});
