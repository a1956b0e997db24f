import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES } from '../src/profile/profile';
import { faultNamed } from '../src/mutants/faults';
import { startReferenceServer, type ReferenceServer } from '../src/reference/http-server';
import { conformanceRun } from '../src/run/conformance-run';
import { FOOTPRINT_DEFAULTS, runPlan } from '../src/run/run-plan';
import { resolveTargetConfig } from '../src/transport/target-config';
import { FAMILIES } from '../src/checks/check-definition';
import { countingProxy } from '../src/testing/counting-proxy';

const TARGETS = [
  ['a correct target', undefined],
  ['a faulty target (describe-job-201)', 'describe-job-201'],
] as const;

describe.each(TARGETS)('the footprint budget of a default run against %s, over real HTTP', (_name, faultName) => {
  let reference: ReferenceServer;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  beforeAll(async () => {
    reference = await startReferenceServer({ config: { jobDelayMs: 0 }, ...(faultName ? { rules: faultNamed(faultName)!.rules } : {}) });
    proxy = await countingProxy(reference.url);
  });
  afterAll(async () => {
    await proxy.close();
    await reference.close();
  });

  it.each([1, 2, 3, 4, 5])('holds for seed %i: never more vaults, uploads, jobs or bytes than the caps, and the report counts what reached the target', async (seed) => {
    proxy.reset();
    const target = resolveTargetConfig({ target: proxy.url, unsigned: true }, {});
    const run = await conformanceRun(runPlan({ target, profile: PROFILES['reference']!, families: FAMILIES, seed, jobTimeoutMs: 5000, caps: FOOTPRINT_DEFAULTS, runId: `budget-${seed}` }));
    const { counts } = proxy;
    const created = Object.fromEntries(['CreateVault', 'UploadArchive', 'InitiateJob'].map((operation) => [operation, proxy.created.filter((entry) => entry.operation === operation).length]));
    // What the target created (2xx answers): refused requests create nothing and do not count against a cap.
    expect(created['CreateVault'] ?? 0).toBeLessThanOrEqual(FOOTPRINT_DEFAULTS.vaults);
    expect(created['UploadArchive'] ?? 0).toBeLessThanOrEqual(FOOTPRINT_DEFAULTS.uploads);
    expect(created['InitiateJob'] ?? 0).toBeLessThanOrEqual(FOOTPRINT_DEFAULTS.jobs);
    expect(run.footprint.jobs.total).toBe(created['InitiateJob'] ?? 0);
    expect(run.footprint.uploads.count).toBe(created['UploadArchive'] ?? 0);
    expect(proxy.totals.outputBytes).toBeLessThanOrEqual(FOOTPRINT_DEFAULTS.retrievedBytes + 6 * 2 ** 20);
    // The accounting is exact: what the report says the run sent is what reached the target.
    expect(run.footprint.requests).toEqual(counts);
    expect(run.footprint.bytesRetrieved).toBe(proxy.totals.outputBytes);
    expect(run.footprint.vaults.created.length).toBe(created['CreateVault']);
    // A cap that stopped generation leaves its checks inconclusive with the cap named, never passed on fewer runs.
    if (run.footprint.capReached) {
      const undecided = run.checks.filter((check) => check.status === 'inconclusive');
      expect(undecided.some((check) => /generation stopped.*footprint cap reached/.test(check.reason ?? ''))).toBe(true);
    }
  });
});
