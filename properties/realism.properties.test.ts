import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../src/checks/check-definition';
import { PROFILES } from '../src/profile/profile';
import { faultNamed } from '../src/mutants/faults';
import type { CheckResult } from '../src/engine/check-result';
import { conformanceRun } from '../src/run/conformance-run';
import { realisticRun } from '../src/mutants/realism-sweep';
import { runPlan } from '../src/run/run-plan';
import { realismConfig } from '../src/reference/realism/realism-config';

/** A check's result as plain fields, whatever its status. */
function summary(check: CheckResult): { id: string; status: string; reason?: string; diagnostics?: unknown } {
  return { id: check.id, status: check.status, ...('reason' in check ? { reason: check.reason } : {}), ...('counterexample' in check ? { diagnostics: check.counterexample.diagnostics } : {}) };
}

describe('the suite against the realistic embedded reference (run --realism aws --time-scale 1000)', () => {
  // npm test runs two seeds; `npm run fuzz` sweeps five at the default runs (src/mutants/fuzz-main.ts).
  it.each([7, 1])('raises no false alarm with seed %i: every check passes, or is not-run or inconclusive for the refusal that kept it undecided', async (seed) => {
    const outcome = await realisticRun(seed, 10);
    expect(outcome.alarms).toEqual([]);
    const statuses = outcome.checks.map(summary);
    // The prepared families (spec, byte-ranges, tree-hash, errors) prepare once and refuse nothing they cannot work around.
    const prepared = statuses.filter((check) => /^(spec|byte-ranges|tree-hash|errors)\./.test(check.id));
    expect(prepared.filter((check) => check.status !== 'passed' && check.status !== 'not-run')).toEqual([]);
    // A fresh vault has no inventory within a run's virtual minutes unless its family awaits it: the gate, not a failure, decides the rest.
    for (const check of outcome.refused) expect(check.detail, check.id).toMatch(/first-inventory gate/);
    const inventory = statuses.filter((check) => check.id.startsWith('inventory.'));
    expect(inventory.every((check) => check.status === 'passed' || (check.status === 'inconclusive' && /first-inventory gate/.test(check.reason!)))).toBe(true);
    expect(statuses.filter((check) => check.status === 'passed').length).toBeGreaterThan(35);
  });
});

describe('the preparation stage against the realistic reference', () => {
  it('prepares once when the target refuses a fixture job: the Expedited job refused for lack of capacity is initiated as Standard', async () => {
    // With this run id the reference refuses the first Expedited fixture job of byte-ranges (before: 100 vaults, 400 uploads, 6 checks unexercised).
    const run = await conformanceRun(runPlan({ profile: PROFILES['aws']!, families: ['byte-ranges'], numRuns: 10, seed: 7, runId: 'realism-7', embedded: { realism: realismConfig({ timeScale: 1000 }) } }));
    expect(run.footprint.requests).toMatchObject({ CreateVault: 1, UploadArchive: 4 });
    expect(run.families[0]!.notes).toEqual([expect.stringMatching(/1 Expedited job was refused .*initiated again as Standard/)]);
    expect(run.checks.filter((check) => check.id.startsWith('byte-ranges.')).map((check) => check.status)).toEqual(Array(6).fill('passed'));
  });
});

describe('a target whose jobs never complete (the never-completes fault) under the aws profile', () => {
  it('is never conformant: the rules about completed jobs are inconclusive with the job timeout as their reason', async () => {
    const run = await conformanceRun(
      runPlan({ profile: PROFILES['aws']!, families: ['lifecycle'], numRuns: 5, seed: 1, jobTimeoutMs: 60_000, runId: 'never', embedded: { rules: faultNamed('never-completes')!.rules } }),
    );
    const byId = new Map<string, ReturnType<typeof summary>>(run.checks.map((check) => [check.id, summary(check)]));
    for (const id of ['lifecycle.status-forward-only', 'lifecycle.completed-matches-status', 'lifecycle.completion-date']) {
      expect(byId.get(id)?.status, id).toBe('inconclusive');
      expect(byId.get(id)?.reason, id).toMatch(/no job completed within the job timeout \(60 s\)/);
    }
    expect(run.checks.filter((check) => check.status === 'failed')).toEqual([]);
  });
});
