import { CATALOG } from '../checks/catalog';
import type { Exchange, ExchangeRecord, ExchangeRequest, ExchangeResponse } from '../core/exchange';
import { recordExchange } from '../transport/exchange-record';
import type { CheckResult } from '../engine/check-result';
import { PROFILES } from '../profile/profile';
import { buildReport } from '../report/build-report';
import type { ConformanceReport } from '../report/report-model';

/**
 * A report with one check of each status, for the renderers' tests. The
 * failure carries a realistic exchange, and text that needs escaping.
 */
export function sampleReport(overrides: { finished?: boolean } = {}): ConformanceReport {
  const statuses = ['passed', 'failed', 'known', 'inconclusive', 'not-run'] as const;
  const results = CATALOG.map((check, index): CheckResult => {
    const status = statuses[index % statuses.length]!;
    const base = { id: check.id, observations: status === 'not-run' ? 0 : 3 };
    if (status === 'inconclusive' || status === 'not-run') return { ...base, status, reason: 'job never completed <within> budget' };
    if (status === 'passed') return { ...base, status };
    return {
      ...base,
      ...(status === 'known' ? { status, reason: 'declared by profile' } : { status }),
      timeToDetectionMs: 12,
      counterexample: {
        diagnostics: [{ path: 'body/Marker', message: 'Received: "x<y>&z"\nExpected: null' }],
        commands: ['InitiateJob(inventory-retrieval, JSON)', 'ListJobs walk(limit=1)'],
        steps: [
          { command: 'setup: CreateVault', exchanges: [] },
          { command: 'InitiateJob(inventory-retrieval, JSON)', exchanges: [sampleExchange('InitiateJob', { method: 'POST', url: 'http://glacier.embedded.invalid/-/vaults/v/jobs', headers: { 'x-amz-glacier-version': '2012-06-01' }, body: { kind: 'none' } }, { status: 202, headers: { 'x-amz-job-id': 'JOB1' }, bytes: 0 }, 0)] },
          { command: 'ListJobs walk(limit=1)', exchanges: [sampleExchange('ListJobs', { method: 'GET', url: 'http://glacier.embedded.invalid/-/vaults/v/jobs?limit=1', headers: {}, body: { kind: 'none' } }, { status: 200, headers: {}, bytes: 40, json: { JobList: [], Marker: 'x' } }, 1)] },
        ],
        seed: 42,
        path: '0:1',
        relaxed: [],
        numRuns: 3,
        numShrinks: 2,
      },
    };
  });
  return buildReport({
    version: '0.1.0',
    target: { url: null, description: 'embedded reference' },
    profile: PROFILES['aws']!,
    seed: 42,
    runs: 20,
    families: ['spec'],
    startedAt: Date.UTC(2026, 10, 23, 12),
    ...(overrides.finished === false ? {} : { finishedAt: Date.UTC(2026, 10, 23, 12, 1) }),
    results,
    familyDurationsMs: Object.fromEntries(CATALOG.map((check) => [check.family, 2400])),
    totals: { exchanges: 10, retries: 1, failures: { 'aws-error': 2 } },
    footprint: {
      caps: { vaults: 9, uploads: 40, jobs: 120, retrievedBytes: 256 * 2 ** 20 },
      requests: { CreateVault: 2, UploadArchive: 3, InitiateJob: 4, GetJobOutput: 2, DeleteVault: 2 },
      retries: 1,
      vaults: { created: ['gc-run-spec-1', 'gc-run-spec-2'], deleted: ['gc-run-spec-1'], leftBehind: [{ name: 'gc-run-spec-2', reason: 'DeleteVault answered <InvalidParameterValueException> & more' }] },
      uploads: { count: 3, bytes: 3 * 1024 * 1024 + 5 },
      jobs: { total: 4, byType: { 'archive-retrieval': 3, 'inventory-retrieval': 1 }, byTier: { Expedited: 2, none: 1 } },
      bytesRetrieved: 2 * 1024 * 1024,
    },
    replayCommand: (id) => `glacier-conformance replay reports/latest/report.json --check ${id}`,
  });
}

/** An exchange as the transport records it (through the one redactor; no secrets in play here). */
function sampleExchange(operation: string, request: ExchangeRequest, response: ExchangeResponse, startMs: number): ExchangeRecord {
  const exchange: Omit<Exchange, 'record'> = { operation, target: 'embedded reference', request, response, timings: { startMs, totalMs: 1 }, retries: 0, retryDelaysMs: [], outcome: { ok: true, value: response.json ?? null } };
  return recordExchange(exchange, new Set());
}
