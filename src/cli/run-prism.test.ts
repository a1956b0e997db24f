import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConformanceReport } from '../report/report-model';
import { runCli, startListening } from '../testing/cli-process';

const scratch = mkdtempSync(join(tmpdir(), 'gc-prism-'));
let mock: Awaited<ReturnType<typeof startListening>>;

beforeAll(async () => {
  mock = await startListening(['mock', '--port', '0']);
}, 60_000);

afterAll(async () => {
  await mock.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('run against the Prism mock (profile prism)', () => {
  it('applies only the per-response checks and marks every stateful check not-run', () => {
    const out = join(scratch, 'report');
    // Prism only checks that an Authorization header is there: any credentials sign.
    const { status } = runCli(['run', '--target', mock.url, '--profile', 'prism', '--runs', '3', '--seed', '2', '--out', out], {
      env: { AWS_ACCESS_KEY_ID: 'AKIDPRISMTEST', AWS_SECRET_ACCESS_KEY: 'prism-secret' },
    });
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ConformanceReport;
    expect(status).toBe(0);
    const spec = report.checks.filter((check) => check.family === 'spec' && check.id !== 'spec.success-status');
    expect(spec.map((check) => check.status)).toEqual(spec.map(() => 'passed'));
    const stateful = report.checks.filter((check) => !spec.includes(check));
    expect(stateful.every((check) => check.status === 'not-run' && /stateless/.test(check.reason ?? ''))).toBe(true);
  }, 120_000);
});
