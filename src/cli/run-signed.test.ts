import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConformanceReport } from '../report/report-model';
import { CLI } from './cli-harness';
import { spawn, spawnSync } from 'node:child_process';

const ACCESS_KEY_ID = 'AKIAIOSFODNN7SECRETID';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY';
const SESSION_TOKEN = 'FwoGZXIvYXdzESESSIONTOKENVALUE';
const scratch = mkdtempSync(join(tmpdir(), 'gc-signed-'));
const env = { ...process.env, AWS_ACCESS_KEY_ID: ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: SESSION_TOKEN };
let server: ReturnType<typeof spawn>;
let url = '';

beforeAll(async () => {
  // The reference verifies every signature with the same key pair the suite signs with.
  server = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--sigv4'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  url = await new Promise<string>((resolve, reject) => {
    server.stdout!.once('data', (chunk: Buffer) => resolve(/listening on (\S+)/.exec(chunk.toString())?.[1] ?? ''));
    server.once('exit', () => reject(new Error('serve exited')));
  });
}, 30_000);

afterAll(async () => {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(scratch, { recursive: true, force: true });
});

describe('run against a SigV4-verifying target', () => {
  it('passes signed, and no credential, token or signature reaches any report file', () => {
    const out = join(scratch, 'report');
    const run = spawnSync(process.execPath, [CLI, 'run', '--target', url, '--only', 'errors,lifecycle', '--runs', '3', '--seed', '11', '--out', out], { env, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ConformanceReport;
    expect(report.checks.filter((check) => check.family === 'errors').every((check) => check.status === 'passed')).toBe(true);
    const written = readdirSync(out).map((name) => readFileSync(join(out, name), 'utf8')).join('\n') + run.stdout + run.stderr;
    for (const secret of [ACCESS_KEY_ID, SECRET, SESSION_TOKEN]) expect(written).not.toContain(secret);
    expect(written).not.toMatch(/Signature=[0-9a-f]{64}/);
  }, 120_000);

  it('reports a wrong secret as failures of the target answering 403, never as a pass', () => {
    const out = join(scratch, 'wrong');
    const run = spawnSync(process.execPath, [CLI, 'run', '--target', url, '--only', 'errors', '--runs', '2', '--out', out], {
      env: { ...env, AWS_SECRET_ACCESS_KEY: 'not-the-secret' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ConformanceReport;
    expect(report.verdict).not.toBe('conformant');
  }, 120_000);
});
