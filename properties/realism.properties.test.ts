import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../src/checks/check-definition';
import { PROFILES } from '../src/profile/profile';
import { faultNamed } from '../src/mutants/faults';
import { realismConfig } from '../src/reference/realism/realism-config';
import type { CheckResult } from '../src/engine/check-result';
import { conformanceRun } from '../src/run/conformance-run';
import { runPlan } from '../src/run/run-plan';

/** A check's result as plain fields, whatever its status. */
function summary(check: CheckResult): { id: string; status: string; reason?: string; diagnostics?: unknown } {
  return { id: check.id, status: check.status, ...('reason' in check ? { reason: check.reason } : {}), ...('counterexample' in check ? { diagnostics: check.counterexample.diagnostics } : {}) };
}

describe('the suite against the realistic embedded reference (run --realism aws --time-scale 1000)', () => {
  it('raises no false alarm: every check passes or is inconclusive with the refusal that kept it undecided', async () => {
    const run = await conformanceRun(runPlan({ profile: PROFILES['aws']!, numRuns: 10, seed: 7, runId: 'realism', embedded: { realism: realismConfig({ timeScale: 1000 }) } }));
    const statuses = run.checks.map(summary);
    expect(statuses.filter((check) => check.status === 'failed' || check.status === 'known')).toEqual([]);
    // Known gap (issues 12/13, open): with the preparation stage the tree-hash output checks find no
    // completed retrieval to read under realism, so they stay unexercised; they must never fail, and no
    // other check may be undecided for any reason but a refusal.
    const unexercised = new Set(['tree-hash.output-header-matches-bytes', 'tree-hash.output-header-presence', 'tree-hash.describe-hashes']);
    for (const check of statuses.filter((check) => check.status !== 'passed')) {
      const allowed = check.status === 'not-run' ? /profile aws|InProgress/ : unexercised.has(check.id) ? /the target refused|not exercised/ : /the target refused/;
      expect(check.reason, check.id).toMatch(allowed);
    }
    // A fresh vault has no inventory within a run's virtual minutes: the gate, not a failure, decides the inventory family.
    const inventory = statuses.filter((check) => check.id.startsWith('inventory.'));
    expect(inventory.every((check) => check.status === 'inconclusive' && /first-inventory gate/.test(check.reason!))).toBe(true);
    expect(statuses.filter((check) => check.status === 'passed').length).toBeGreaterThan(30);
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
