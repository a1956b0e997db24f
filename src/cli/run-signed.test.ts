import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConformanceReport } from '../report/report-model';
import { runCli, startListening } from '../testing/cli-process';

const ACCESS_KEY_ID = 'AKIAIOSFODNN7SECRETID';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY';
const SESSION_TOKEN = 'FwoGZXIvYXdzESESSIONTOKENVALUE';
const scratch = mkdtempSync(join(tmpdir(), 'gc-signed-'));
const secrets = { AWS_ACCESS_KEY_ID: ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: SESSION_TOKEN };
let server: Awaited<ReturnType<typeof startListening>>;

beforeAll(async () => {
  // The reference verifies every signature with the same key pair the suite signs with.
  server = await startListening(['serve', '--port', '0', '--sigv4'], { ...process.env, ...secrets });
}, 30_000);

afterAll(async () => {
  await server.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('run against a SigV4-verifying target', () => {
  it('passes signed, and no credential, token or signature reaches any report file', () => {
    const out = join(scratch, 'report');
    const run = runCli(['run', '--target', server.url, '--only', 'errors,lifecycle', '--runs', '3', '--seed', '11', '--out', out], { env: secrets });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ConformanceReport;
    expect(report.checks.filter((check) => check.family === 'errors').every((check) => check.status === 'passed')).toBe(true);
    const written = readdirSync(out).map((name) => readFileSync(join(out, name), 'utf8')).join('\n') + run.stdout + run.stderr;
    for (const secret of [ACCESS_KEY_ID, SECRET, SESSION_TOKEN]) expect(written).not.toContain(secret);
    expect(written).not.toMatch(/Signature=[0-9a-f]{64}/);
  }, 120_000);

  it('reports a wrong secret as failures of the target answering 403, never as a pass', () => {
    const out = join(scratch, 'wrong');
    const run = runCli(['run', '--target', server.url, '--only', 'errors', '--runs', '2', '--out', out], { env: { ...secrets, AWS_SECRET_ACCESS_KEY: 'not-the-secret' } });
    expect(run.status).not.toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ConformanceReport;
    expect(report.verdict).not.toBe('conformant');
  }, 120_000);
});
