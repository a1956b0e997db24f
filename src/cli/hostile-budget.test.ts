import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReferenceResponse } from '../reference/reference-http';
import { reportSchemaValidator } from '../report/report.test';
import { runCliAsync, startCli } from '../testing/cli-process';
import { operationOf, startHostileReference, type Twist } from '../testing/hostile-reference';

const scratch = mkdtempSync(join(tmpdir(), 'gc-budget-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const withJson = (response: ReferenceResponse, value: unknown): ReferenceResponse => ({ ...response, body: { kind: 'json', value } });

/** One ListJobs page of 100,000 jobs (6.5 MB, under the JSON cap), each missing required fields. */
const hugePage: Twist = (request, response) =>
  operationOf(request) === 'ListJobs' && response.status === 200
    ? withJson(response, { JobList: Array.from({ length: 100_000 }, (_, i) => ({ JobId: `j-${String(i).padStart(8, '0')}`, StatusCode: 'InProgress', Completed: false })), Marker: null })
    : response;
/** Every error answer carries a 10 MB message. */
const hugeError: Twist = (_request, response) =>
  response.status >= 400 ? withJson(response, { code: 'ResourceNotFoundException', message: 'm'.repeat(10 * 1024 * 1024), type: 'Client' }) : response;
/** Every DescribeJob carries a 1 MB JobDescription. */
const hugeDescription: Twist = (request, response) =>
  operationOf(request) === 'DescribeJob' && response.body.kind === 'json' && response.status === 200
    ? withJson(response, { ...(response.body.value as object), JobDescription: 'd'.repeat(1024 * 1024) })
    : response;

// The rule is the same at any budget: the run ends within a few seconds of it. A short budget keeps the test short.
const BUDGET_S = 5;
const WALL_LIMIT_MS = (BUDGET_S + 10) * 1000;
const validReport = reportSchemaValidator();

describe('--time-budget against hostile targets (issue 15)', () => {
  it.each([
    ['a ListJobs page of 100,000 jobs', hugePage],
    ['a 10 MB error body', hugeError],
    ['a 1 MB JobDescription', hugeDescription],
  ])('%s: the run ends within seconds of the budget with a valid, final report', async (_name, twist) => {
    const server = await startHostileReference(twist);
    const out = join(scratch, String(Math.random()).slice(2));
    try {
      const started = Date.now();
      const run = await runCliAsync(['run', '--target', server.url, '--unsigned', '--profile', 'reference', '--time-budget', String(BUDGET_S), '--seed', '1', '--out', out], { timeoutMs: 60_000 });
      const wallMs = Date.now() - started;
      expect(run.status, run.stderr).not.toBeNull();
      expect(wallMs).toBeLessThanOrEqual(WALL_LIMIT_MS);
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
      expect(validReport(report), JSON.stringify(validReport.errors)).toBe(true);
      // Either the run finished on its own (complete), or the wall stopped it and said so.
      if (!report.complete) expect(run.stderr).toContain('time budget');
      else expect(report.finishedAt).not.toBeNull();
      expect(run.status).toBe(report.verdict === 'non-conformant' ? 1 : 3);
      expect(statSync(join(out, 'report.json')).size).toBeLessThan(300 * 1024);
    } finally {
      await server.close();
    }
  }, 90_000);
});

describe('Ctrl-C against a hostile target (issue 15)', () => {
  it('a run busy with a 100,000-job page hears SIGINT within seconds and leaves a valid partial report', async () => {
    const server = await startHostileReference(hugePage);
    const out = join(scratch, 'interrupted');
    try {
      const child = startCli(['run', '--target', server.url, '--unsigned', '--profile', 'reference', '--only', 'list-jobs', '--seed', '1', '--out', out]);
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, 8000));
      const sentAt = Date.now();
      child.kill('SIGINT');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const status = await exited;
      clearTimeout(killer);
      expect(status, stderr).toBe(130);
      expect(Date.now() - sentAt).toBeLessThan(10_000);
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
      expect(validReport(report), JSON.stringify(validReport.errors)).toBe(true);
      expect(report.complete).toBe(false);
    } finally {
      await server.close();
    }
  }, 60_000);
});
