import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConformanceReport } from '../report/report-model';
import { runCli, startCli } from './cli-harness';

const scratch = mkdtempSync(join(tmpdir(), 'gc-prism-'));
let mock: ReturnType<typeof startCli>;
let url = '';

beforeAll(async () => {
  mock = startCli(['mock', '--port', '0']);
  url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    mock.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match) resolve(match[1]!);
    });
    mock.on('exit', () => reject(new Error(`mock exited before listening: ${seen}`)));
  });
}, 60_000);

afterAll(async () => {
  mock.kill('SIGTERM');
  await new Promise((resolve) => mock.once('exit', resolve));
  rmSync(scratch, { recursive: true, force: true });
});

describe('run against the Prism mock (profile prism)', () => {
  it('applies only the per-response checks and marks every stateful check not-run', () => {
    const out = join(scratch, 'report');
    // Prism only checks that an Authorization header is there: any credentials sign.
    const { status } = runCli(['run', '--target', url, '--profile', 'prism', '--runs', '3', '--seed', '2', '--out', out], {
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
