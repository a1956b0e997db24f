import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConformanceReport } from '../report/report-model';
import { startHttpServer } from '../testing/test-servers';
import { runCli, startCli } from '../testing/cli-process';

const scratch = mkdtempSync(join(tmpdir(), 'gc-untestable-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI without blocking this process, so a server in it can answer. */
function runCliAsync(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const child = startCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}

describe('a target that cannot be tested', () => {
  it('is "not a Glacier endpoint" with exit 3 and one line on stderr when it answers HTML pages (python3 -m http.server)', async () => {
    const server = await startHttpServer((req, res) => {
      res.writeHead(req.method === 'GET' ? 404 : 501, { 'content-type': 'text/html;charset=utf-8' });
      res.end('<!DOCTYPE HTML><html><body><h1>Error response</h1></body></html>');
    });
    try {
      const out = join(scratch, 'html');
      const { status, stdout, stderr } = await runCliAsync(['run', '--target', server.url, '--unsigned', '--runs', '2', '--out', out]);
      expect(status).toBe(3);
      expect(stderr).toBe(`glacier-conformance: ${server.url} is not a Glacier endpoint: List Jobs answered 404 (text/html;charset=utf-8) without a Glacier body\n`);
      expect(stdout.split('\n').length).toBeLessThan(5);
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ConformanceReport;
      expect(report.verdict).toBe('inconclusive');
      // Spec checks never pass on answers that are not Glacier's.
      expect(report.counts.passed).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('AWS CLI habits and --out', () => {
  it('hints at --aws-profile when --profile names an AWS credentials profile', () => {
    const home = join(scratch, 'home');
    mkdirSync(join(home, '.aws'), { recursive: true });
    writeFileSync(join(home, '.aws', 'config'), '[profile staging]\nregion = eu-west-1\n');
    const { status, stderr } = runCli(['run', '--profile', 'staging'], { env: { HOME: home, AWS_CONFIG_FILE: '', AWS_SHARED_CREDENTIALS_FILE: '' } });
    expect(status).toBe(2);
    expect(stderr).toBe("glacier-conformance: run: 'staging' is an AWS credentials profile; sign with it using --aws-profile staging (or AWS_PROFILE=staging); --profile picks a conformance profile (aws, aws-2012, reference, prism) or file\n");
  });

  it.each([
    ['a file', () => {
      const file = join(scratch, 'a-file');
      writeFileSync(file, '');
      return file;
    }, /is a file, not a folder/],
    ['under /proc', () => '/proc/nope', /cannot write the report into --out '\/proc\/nope' \(ENOENT\)/],
  ])('refuses --out naming %s in one line with exit 2, before any request', (_, out, message) => {
    const { status, stderr, stdout } = runCli(['run', '--out', out()], { timeoutMs: 20_000 });
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });
});
