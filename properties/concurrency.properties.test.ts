import { describe, expect, it } from 'vitest';
import type { Family } from '../src/checks/check-definition';
import { PROFILES } from '../src/profile/profile';
import { faultNamed } from '../src/mutants/faults';
import { conformanceRun } from '../src/run/conformance-run';
import { runPlan } from '../src/run/run-plan';

const FAMILIES: readonly Family[] = ['limits', 'errors', 'spec'];

const runWith = (concurrency: number, events: string[] = []) =>
  conformanceRun(
    runPlan({ profile: PROFILES['reference']!, families: FAMILIES, numRuns: 6, seed: 11, runId: 'concurrency', concurrency, embedded: { rules: faultNamed('default-limit-wrong')!.rules } }),
    { onFamilyStart: (family) => events.push(`start ${family}`), onFamilyEnd: (result) => events.push(`end ${result.family}`) },
  );

describe('families run concurrently (--concurrency)', () => {
  it('give the same verdicts, observations and counterexamples for a seed as one after another', async () => {
    const events: string[] = [];
    const [serial, concurrent] = [await runWith(1), await runWith(3, events)];
    const shown = (run: Awaited<ReturnType<typeof runWith>>) => run.checks.map((check) => ({ id: check.id, status: check.status, observations: check.observations, ...('counterexample' in check ? { commands: check.counterexample.commands, path: check.counterexample.path } : {}) }));
    expect(shown(concurrent)).toEqual(shown(serial));
    expect(concurrent.families.map((family) => family.family)).toEqual(FAMILIES);
    expect(serial.checks.some((check) => check.status === 'failed')).toBe(true);
    // All three were under way at once: every family started before the first one ended.
    expect(events.slice(0, 3)).toEqual(['start limits', 'start errors', 'start spec']);
  });
});
