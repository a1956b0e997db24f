import { describe, expect, it } from 'vitest';
import { conformanceRun } from '../src/run/conformance-run';
import { runPlan } from '../src/run/run-plan';

describe('the neighbour of a prepared family (the false-alarm sweep\'s unrelated jobs)', () => {
  it('initiates its jobs in a vault of its own alongside the commands, and the family still passes', async () => {
    const run = await conformanceRun(runPlan({ families: ['list-jobs'], numRuns: 4, seed: 3, runId: 'neighbour', neighbourJobs: true }));
    const vaults = run.footprint.vaults.created;
    expect(vaults).toEqual(['glacier-conformance-neighbour-list-jobs', 'glacier-conformance-neighbour-list-jobs-neighbour']);
    // The family's own jobs are 6 prepared ones and at most its fresh allowance: the rest are the neighbour's.
    expect(run.footprint.jobs.total).toBeGreaterThan(6 + 8);
    expect(run.checks.filter((check) => check.id.startsWith('list-jobs.')).every((check) => check.status === 'passed')).toBe(true);
  });
});
