import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES } from '../src/profile/profile';
import { faultNamed } from '../src/mutants/faults';
import { startReferenceServer, type ReferenceServer } from '../src/reference/http-server';
import { conformanceRun } from '../src/run/conformance-run';
import { FOOTPRINT_DEFAULTS, runPlan } from '../src/run/run-plan';
import { resolveTargetConfig } from '../src/transport/target-config';
import { FAMILIES } from '../src/checks/check-definition';

/** Glacier operations by method and path (glacier-jobs-api.md §2), as a proxy in front of the target sees them. */
function operationOf(method: string, url: string): string {
  const path = url.split('?')[0]!.split('/').filter(Boolean);
  if (path.length === 3) return method === 'PUT' ? 'CreateVault' : method === 'DELETE' ? 'DeleteVault' : 'DescribeVault';
  if (path[3] === 'archives') return method === 'POST' ? 'UploadArchive' : 'DeleteArchive';
  if (path.length === 4) return method === 'POST' ? 'InitiateJob' : 'ListJobs';
  return path.length === 5 ? 'DescribeJob' : 'GetJobOutput';
}

/** A loopback proxy that counts every request that reaches the target, by operation, and the bytes it sends back. */
async function countingProxy(upstream: string) {
  const counts: Record<string, number> = {};
  const created: Record<string, number> = {};
  const totals = { outputBytes: 0 };
  const server: Server = createServer((req, res) => {
    const operation = operationOf(req.method ?? 'GET', req.url ?? '/');
    counts[operation] = (counts[operation] ?? 0) + 1;
    const forwarded = httpRequest(`${upstream}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      if ((answer.statusCode ?? 500) < 300) created[operation] = (created[operation] ?? 0) + 1;
      answer.on('data', (chunk: Buffer) => {
        if (operation === 'GetJobOutput' && (answer.statusCode ?? 500) < 300) totals.outputBytes += chunk.length;
      });
      answer.pipe(res);
    });
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const reset = () => {
    for (const key of Object.keys(counts)) delete counts[key];
    for (const key of Object.keys(created)) delete created[key];
    totals.outputBytes = 0;
  };
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, counts, created, totals, reset, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

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
    const { counts, created } = proxy;
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
