import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportCheck } from '../report/report-model';
import { runCliAsync } from '../testing/cli-process';
import { operationOf, startHostileReference, type Twist } from '../testing/hostile-reference';

/** Every second DescribeJob says Succeeded, every other one InProgress again. */
function flipping(): Twist {
  let reads = 0;
  return (request, response) => {
    if (operationOf(request) !== 'DescribeJob' || response.status !== 200 || response.body.kind !== 'json') return response;
    reads += 1;
    const job = response.body.value as Record<string, unknown>;
    const done = reads % 2 === 0;
    const flipped = { ...job, StatusCode: done ? 'Succeeded' : 'InProgress', Completed: done, CompletionDate: done ? job['CreationDate'] : null, StatusMessage: done ? 'Succeeded' : null };
    return { ...response, body: { kind: 'json', value: flipped } };
  };
}

describe('a job whose status flips on every read (issue 15)', () => {
  it('fails lifecycle.status-forward-only, and no check reports a harness error', async () => {
    const server = await startHostileReference(flipping(), 100);
    const out = mkdtempSync(join(tmpdir(), 'gc-flip-'));
    try {
      const run = await runCliAsync(['run', '--target', server.url, '--unsigned', '--profile', 'reference', '--only', 'lifecycle', '--runs', '3', '--seed', '1', '--time-budget', '8', '--out', out], { timeoutMs: 60_000 });
      expect(run.status, run.stderr).toBe(1);
      const checks = (JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { checks: ReportCheck[] }).checks;
      expect(checks.find((check) => check.id === 'lifecycle.status-forward-only')?.status).toBe('failed');
      expect(checks.filter((check) => check.reason?.includes('the suite itself failed'))).toEqual([]);
    } finally {
      await server.close();
      rmSync(out, { recursive: true, force: true });
    }
  }, 90_000);
});
