import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportSchemaValidator } from '../report/report.test';
import type { ConformanceReport } from '../report/report-model';
import { runCli, startCli } from '../testing/cli-process';

const scratch = mkdtempSync(join(tmpdir(), 'gc-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const readJson = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ConformanceReport;

describe('glacier-conformance run', () => {
  it('writes all four files (and checks.md), and a passing --only run is partial with exit 0', () => {
    const out = join(scratch, 'ok');
    const { status, stdout } = runCli(['run', '--only', 'limits,errors', '--runs', '5', '--seed', '1', '--out', out]);
    expect(status).toBe(0);
    for (const file of ['report.json', 'report.html', 'summary.md', 'junit.xml', 'checks.md']) expect(existsSync(join(out, file))).toBe(true);
    const report = readJson(out);
    const validate = reportSchemaValidator();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.verdict).toBe('partial');
    expect(report.omitted).toMatchObject({ families: ['spec', 'list-jobs', 'byte-ranges', 'tree-hash', 'lifecycle', 'inventory'], reason: 'not selected (--only)' });
    expect(report.checks.filter((check) => check.family === 'limits').every((check) => check.status === 'passed')).toBe(true);
    expect(report.checks.find((check) => check.family === 'spec')?.status).toBe('not-run');
    expect(stdout).toMatch(/verdict: partial/);
    expect(stdout).toMatch(/^partial: \d+ checks of spec, list-jobs, .* not selected \(--only\)/m);
  });

  it('exits 1 against a faulty variant, and the replay command reproduces the failure', () => {
    const out = join(scratch, 'fault');
    const { status } = runCli(['run', '--fault', 'limit-ignored', '--only', 'limits', '--runs', '10', '--seed', '3', '--out', out]);
    expect(status).toBe(1);
    const report = readJson(out);
    const failed = report.checks.filter((check) => check.status === 'failed');
    expect(failed.map((check) => check.family)).toContain('limits');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain(`id="failure-${failed[0]!.id}"`);
    const replay = failed[0]!.failure!.replay.split(' ').slice(1);
    const replayed = runCli(replay);
    expect(replayed.status).toBe(1);
    expect(replayed.stdout).toMatch(/^still fails: /m);
  });

  it('exits 3 with an inconclusive report and one line on stderr when the target cannot be reached', () => {
    const out = join(scratch, 'unreachable');
    const { status, stderr, stdout } = runCli(['run', '--target', 'http://127.0.0.1:1', '--unsigned', '--only', 'errors', '--runs', '2', '--out', out]);
    expect(status).toBe(3);
    const report = readJson(out);
    expect(report.verdict).toBe('inconclusive');
    expect(report.checks.find((check) => check.family === 'errors')?.reason).toMatch(/connection-refused/);
    expect(stderr).toMatch(/^glacier-conformance: http:\/\/127\.0\.0\.1:1 is unreachable: connection-refused: .*\n$/);
    expect(stdout).not.toMatch(/ECONNREFUSED/);
  });

  it.each([
    [['--runs', '0'], /--runs takes a whole number/],
    [['--only', 'nope'], /--only takes families/],
    [['--shard', '3/2'], /--shard takes i\/n/],
    [['--profile', '/no/such/profile.yaml'], /neither a conformance profile/],
    [['--target', 'ftp://example'], /http/],
    [['--fault', 'nope'], /no fault named 'nope'/],
    [['--fault', 'limit-ignored', '--target', 'http://127.0.0.1:9'], /cannot go with --target/],
    [['--seed', 'abc'], /--seed takes a whole number/],
    [['--colour'], /Unknown option '--colour'/],
  ])('rejects %j with one line and exit 2', (args, message) => {
    const { status, stderr, stdout } = runCli(['run', ...args, '--out', join(scratch, 'bad')]);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('leaves a valid inconclusive report with unfinished checks not-run when interrupted', async () => {
    const out = join(scratch, 'interrupted');
    const child = startCli(['run', '--only', 'limits,byte-ranges', '--runs', '400', '--out', out]);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt once the first family has finished and its report was written.
    for (let waited = 0; waited < 60_000; waited += 100) {
      if (existsSync(join(out, 'report.json')) && readJson(out).checks.some((check) => check.status === 'passed')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGINT');
    // Never leave the run behind, whatever happens: a stray one would load the machine for hours.
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await exit;
    clearTimeout(guard);
    expect(code).toBe(130);
    const report = readJson(out);
    expect(reportSchemaValidator()(report)).toBe(true);
    expect(report.complete).toBe(false);
    expect(report.verdict).toBe('inconclusive');
    const byteRanges = report.checks.filter((check) => check.family === 'byte-ranges');
    expect(byteRanges.every((check) => check.status === 'not-run' && check.reason === 'the run ended before this check ran')).toBe(true);
  }, 90_000);

  it('splits families across shards and merge joins them into one report', () => {
    const shards = ['1/2', '2/2'].map((shard, index) => {
      const out = join(scratch, `shard-${index + 1}`);
      const { status } = runCli(['run', '--shard', shard, '--runs', '3', '--seed', '9', '--out', out]);
      expect(status).toBe(0);
      return out;
    });
    const [first, second] = shards.map(readJson);
    expect(first!.families.filter((family) => second!.families.includes(family))).toEqual([]);
    const merged = join(scratch, 'merged');
    const { status } = runCli(['merge', ...shards, '--out', merged]);
    expect(status).toBe(0);
    const report = readJson(merged);
    expect(report.counts['not-run']).toBe(0);
    expect(report.verdict).toBe('conformant');
    expect(existsSync(join(merged, 'junit.xml'))).toBe(true);
    for (const [args, error] of [
      [[shards[0]!], 'merge: shard 2/2 missing'],
      [[shards[0]!, shards[0]!], 'merge: shard 1/2 is given more than once'],
    ] as const) {
      const refused = runCli(['merge', ...args, '--out', join(scratch, 'refused')]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toBe(`glacier-conformance: ${error}\n`);
    }
  });
});
