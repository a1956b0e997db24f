import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_FAULTS } from '../mutants/faults';
import type { ConformanceReport } from '../report/report-model';
import { runCli, startListening } from '../testing/cli-process';

const VERSION = { 'x-amz-glacier-version': '2012-06-01' };
const scratch = mkdtempSync(join(tmpdir(), 'gc-serve-faults-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('glacier-conformance serve --fault', () => {
  it('lists every fault with the family meant to catch it and exits 0 (--list-faults)', () => {
    const { status, stdout } = runCli(['serve', '--list-faults']);
    expect(status).toBe(0);
    const rows = stdout.trimEnd().split('\n').map((line) => line.split(/\s{2,}/));
    expect(rows.map(([name, family]) => [name, family])).toEqual(ALL_FAULTS.map((fault) => [fault.name, fault.family]));
    expect(rows.every((row) => row.length === 3 && row[2]!.length > 0)).toBe(true);
  });

  it('serves the named faulty variant: unknown-job-500 answers an unknown JobId with 500 (§4 owes 404)', async () => {
    const server = await startListening(['serve', '--port', '0', '--fault', 'unknown-job-500']);
    try {
      await fetch(`${server.url}/-/vaults/v`, { method: 'PUT', headers: VERSION });
      const response = await fetch(`${server.url}/-/vaults/v/jobs/no-such-job`, { headers: VERSION });
      expect([response.status, (await response.json()).code]).toEqual([500, 'ServiceUnavailableException']);
    } finally {
      await server.stop();
    }
  });

  it('rejects an unknown fault with one line and exit code 2', () => {
    const { status, stderr } = runCli(['serve', '--fault', 'no-such-fault']);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(["glacier-conformance: serve: no fault named 'no-such-fault' (glacier-conformance serve --list-faults lists them)"]);
  });

  it('is caught over HTTP by run --target: page-skips-job fails a list-jobs check', async () => {
    const server = await startListening(['serve', '--port', '0', '--job-delay-ms', '0', '--fault', 'page-skips-job']);
    try {
      const out = join(scratch, 'report');
      const run = runCli(['run', '--target', server.url, '--unsigned', '--profile', 'reference', '--only', 'list-jobs', '--runs', '10', '--seed', '3', '--out', out]);
      expect(run.status, run.stdout + run.stderr).toBe(1);
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ConformanceReport;
      const failed = report.checks.filter((check) => check.status === 'failed').map((check) => check.family);
      expect(failed.length).toBeGreaterThan(0);
      expect(new Set(failed)).toEqual(new Set(['list-jobs']));
    } finally {
      await server.stop();
    }
  }, 120_000);
});
