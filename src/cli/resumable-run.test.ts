import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../core/clock';
import { startReferenceServer, type ReferenceServer } from '../reference/http-server';
import { realismConfig } from '../reference/realism/realism-config';
import { adjustableClock, type AdjustableClock } from '../reference/realism/test-clock';
import { countingProxy } from '../testing/counting-proxy';
import { runCli, runCliAsync, startCli } from '../testing/cli-process';

/**
 * The two-day workflow of README "Against real Glacier" (issue 13) against the realistic
 * reference over HTTP: run --state until conformant, then cleanup until nothing remains. The
 * time scale is the issue's, a day 86 s (GC_WORKFLOW_TIME_SCALE=K runs it at another); the
 * test clock stands for the waiting.
 */
const TIME_SCALE = Number(process.env['GC_WORKFLOW_TIME_SCALE'] ?? 1000);
const DAY_MS = (24 * 3600 * 1000) / TIME_SCALE;
// spec joins once a refusal no longer aborts the preparation (helper C): today spec's inventory job, refused by the
// first-inventory gate, makes every run prepare its vault again.
const PREPARED = 'byte-ranges,tree-hash,errors';
const SEED = '5';

describe(`run --state and cleanup --state against the realistic reference (time scale ${TIME_SCALE})`, () => {
  let reference: ReferenceServer;
  let clock: AdjustableClock;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let dir: string;
  beforeAll(async () => {
    clock = adjustableClock(systemClock);
    // Expedited refusals are helper C's (retried as Standard in the preparation); without that retry they stay out here.
    // Expedited jobs take hours too, so that no job at all completes within the first invocation.
    const hours = (from: number, to: number) => [from * 3600_000, to * 3600_000] as const;
    const tierLatencyMs = { Expedited: hours(3, 5), Standard: hours(3, 5), Bulk: hours(5, 12) };
    reference = await startReferenceServer({ realism: realismConfig({ timeScale: TIME_SCALE, expeditedRefusal: 0, tierLatencyMs }), testClock: clock });
    proxy = await countingProxy(reference.url);
    dir = mkdtempSync(join(tmpdir(), 'gc-state-'));
  });
  afterAll(async () => {
    await proxy.close();
    await reference.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (state: string, out: string, timeout: string) =>
    runCliAsync(['run', '--target', proxy.url, '--unsigned', '--state', state, '--only', PREPARED, '--seed', SEED, '--runs', '5', '--job-timeout', timeout, '--out', join(dir, out)], { timeoutMs: 600_000 });
  const report = (out: string) => JSON.parse(readFileSync(join(dir, out, 'report.json'), 'utf8')) as { verdict: string; checks: { id: string; status: string; reason?: string }[] };

  it('ends with every selected check passed within 3 invocations of the same command, creates no archive or job twice, then cleanup leaves nothing', async () => {
    const state = join(dir, 'run.state.json');
    // A job timeout far below the Bulk latency: the first invocation must stop with jobs pending.
    const first = await run(state, 'r1', '1');
    expect(first.status, first.stdout + first.stderr).toBe(3);
    const pendingLines = first.stdout.split('\n').filter((line) => /jobs? pending.*rerun the same command/.test(line));
    expect(pendingLines).toHaveLength(1);
    // 13 h later every job of the first invocation is done (Bulk takes at most 12 h) and none has expired yet (24 h after completion, §9.4).
    clock.advance(DAY_MS * (13 / 24));
    let invocations = 1;
    let last = first;
    while (last.status !== 0 && invocations < 3) {
      last = await run(state, `r${invocations + 1}`, '1');
      invocations += 1;
      if (last.status !== 0) clock.advance(DAY_MS / 4);
    }
    expect(last.status, last.stdout + last.stderr).toBe(0);
    const final = report(`r${invocations}`);
    expect(final.verdict).toBe('partial');
    for (const check of final.checks.filter((check) => check.status !== 'passed')) {
      expect(check.status, `${check.id}: ${check.reason}`).toBe('not-run');
      expect(check.reason, check.id).toMatch(/\S/);
    }
    const vaults = new Set(proxy.created.filter((entry) => entry.operation === 'CreateVault').map((entry) => entry.vault));
    expect(vaults.size).toBeLessThanOrEqual(9);
    // No archive uploaded or job initiated twice: what the target created is what the state recorded, and no two
    // recorded archives (jobs) still serving are the same upload (the same job) — a later one only replaced one gone.
    const recorded = JSON.parse(readFileSync(state, 'utf8')) as { archives: { vault: string; size: number; treeHash: string; description: string; archiveId?: string; status: string }[]; jobs: { jobId?: string; parameters: string; vault: string; status: string }[] };
    const created = (operation: string) => proxy.created.filter((entry) => entry.operation === operation).map((entry) => entry.id).sort();
    expect(created('UploadArchive')).toEqual(recorded.archives.flatMap((archive) => (archive.archiveId ? [archive.archiveId] : [])).sort());
    expect(created('InitiateJob')).toEqual(recorded.jobs.flatMap((job) => (job.jobId ? [job.jobId] : [])).sort());
    const present = recorded.archives.filter((archive) => archive.status === 'present').map((archive) => `${archive.vault} ${archive.size} ${archive.treeHash} ${archive.description}`);
    expect(new Set(present).size).toBe(present.length);
    const live = recorded.jobs.filter((job) => job.status === 'Succeeded' || job.status === 'InProgress').map((job) => `${job.vault} ${job.parameters}`);
    expect(new Set(live).size).toBe(live.length);
    expect(last.stdout).toMatch(/[1-9]\d* uploads and [1-9]\d* jobs answered from it/);
    expect(last.stdout).toMatch(/errors \(invocation 1\) passed in an earlier invocation; not run again/);

    // Cleanup: the vaults held archives, so Glacier keeps them until the next inventory.
    const cleanup = () => runCliAsync(['cleanup', '--state', state], { timeoutMs: 60_000 });
    const early = await cleanup();
    expect(early.status, early.stdout + early.stderr).toBe(3);
    expect(early.stdout).toMatch(/remains: glacier-conformance-.*delete it after its next inventory, about a day/);
    clock.advance(DAY_MS * 1.1);
    const done = await cleanup();
    expect(done.status, done.stdout + done.stderr).toBe(0);
    expect(done.stdout).toMatch(/nothing remains/);
    const again = await cleanup();
    expect(again.status).toBe(0);
    const listed = (await (await fetch(`${reference.url}/-/vaults`, { headers: { 'x-amz-glacier-version': '2012-06-01' } })).json()) as { VaultList: { VaultName: string }[] };
    expect(listed.VaultList.map((vault) => vault.VaultName)).toEqual([]);
  });
});

/** The state file as a test reads it while a run writes it (atomically: never half a file). */
function readState(path: string): { archives: { archiveId?: string; status: string; vault: string; size: number; treeHash: string; description: string }[]; jobs: { jobId?: string; status: string; vault: string; parameters: string }[] } | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

describe('run --state killed with SIGKILL, then the same command again', () => {
  let reference: ReferenceServer;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let dir: string;
  beforeAll(async () => {
    // Jobs of every tier take 60–300 ms, so that a run gets to its exploration within a second or two, and outputs
    // stay 86 s (24 h at time scale 1000), longer than the test.
    const minutes = [60_000, 5 * 60_000] as const;
    reference = await startReferenceServer({ realism: realismConfig({ timeScale: 1000, expeditedRefusal: 0, tierLatencyMs: { Expedited: minutes, Standard: minutes, Bulk: minutes } }) });
    proxy = await countingProxy(reference.url);
    dir = mkdtempSync(join(tmpdir(), 'gc-kill-'));
  });
  afterAll(async () => {
    await proxy.close();
    await reference.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const args = (state: string, out: string) => ['run', '--target', proxy.url, '--unsigned', '--state', state, '--only', PREPARED, '--seed', SEED, '--runs', '8', '--job-timeout', '30', '--out', join(dir, out)];

  it.each([
    ['preparation', (state: NonNullable<ReturnType<typeof readState>>) => state.archives.length >= 3 && state.jobs.length === 0],
    ['exploration', (state: NonNullable<ReturnType<typeof readState>>) => state.jobs.length >= 10 && state.jobs.every((job) => job.status === 'Succeeded' || job.status === 'not-created')],
  ] as const)('killed during %s, the rerun finishes and never uploads or initiates blindly again what the run had created', async (stage, when) => {
    const state = join(dir, `${stage}.state.json`);
    const before = proxy.created.length;
    const child = startCli(args(state, `${stage}-1`));
    const killed = await new Promise<boolean>((resolve) => {
      const poll = setInterval(() => {
        const seen = readState(state);
        if (seen && when(seen)) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve(true);
        }
      }, 5);
      child.once('exit', () => {
        clearInterval(poll);
        resolve(false);
      });
    });
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    expect(killed, `the run ended before its ${stage} was seen in the state`).toBe(true);
    const rerun = await runCliAsync(args(state, `${stage}-2`), { timeoutMs: 120_000 });
    expect(rerun.status, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/state: continuing run 5-\S+ from/);
    const recorded = readState(state)!;
    const created = (operation: string) => proxy.created.slice(before).filter((entry) => entry.operation === operation).map((entry) => entry.id!);
    // Every job the target created is one the state knows (a lost answer was found again in ListJobs, never initiated twice).
    expect(created('InitiateJob').sort()).toEqual(recorded.jobs.flatMap((job) => (job.jobId ? [job.jobId] : [])).sort());
    // Every archive too, but for an upload whose answer the kill took (sent or not): the state says it may exist, and the rerun said so.
    const unknown = recorded.archives.filter((archive) => archive.status === 'possibly-present').length;
    const known = new Set(recorded.archives.flatMap((archive) => (archive.archiveId ? [archive.archiveId] : [])));
    expect(created('UploadArchive').filter((id) => !known.has(id)).length).toBeLessThanOrEqual(unknown);
    if (unknown > 0) expect(rerun.stdout).toMatch(/upload.* whose answer was lost \(recorded as possibly present/);
    const present = recorded.archives.filter((archive) => archive.status === 'present').map((archive) => `${archive.vault} ${archive.size} ${archive.treeHash} ${archive.description}`);
    expect(new Set(present).size).toBe(present.length);
    const live = recorded.jobs.filter((job) => job.status === 'Succeeded' || job.status === 'InProgress').map((job) => `${job.vault} ${job.parameters}`);
    expect(new Set(live).size).toBe(live.length);
  });
});

describe('a state file that is not this run’s', () => {
  it('is a one-line usage error (exit 2), and the file is left as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-foreign-'));
    try {
      const corrupt = join(dir, 'corrupt.json');
      writeFileSync(corrupt, '{"format": "glacier-conformance-run-state", "vers');
      const broken = runCli(['run', '--target', 'http://127.0.0.1:9', '--unsigned', '--state', corrupt]);
      expect(broken.status).toBe(2);
      expect(broken.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--state .*corrupt\.json is not JSON .*left as it is/)]);
      expect(readFileSync(corrupt, 'utf8')).toBe('{"format": "glacier-conformance-run-state", "vers');
      const other = join(dir, 'other.json');
      const text = `${JSON.stringify({ format: 'glacier-conformance-run-state', version: 1, runId: '7-abc', seed: 7, target: { url: 'http://127.0.0.1:10', region: 'us-east-1', accountId: '-', signing: 'none' }, vaultPrefix: 'glacier-conformance', startedAt: 0, invocations: 1, vaults: [], archives: [], jobs: [] })}\n`;
      writeFileSync(other, text);
      const foreign = runCli(['run', '--target', 'http://127.0.0.1:9', '--unsigned', '--state', other]);
      expect(foreign.status).toBe(2);
      expect(foreign.stderr).toMatch(/belongs to a run against http:\/\/127\.0\.0\.1:10 .*not http:\/\/127\.0\.0\.1:9/);
      const seed = runCli(['run', '--target', 'http://127.0.0.1:10', '--unsigned', '--state', other, '--seed', '8']);
      expect(seed.stderr).toMatch(/belongs to run 7-abc \(seed 7\), not --seed 8/);
      const wrongRun = runCli(['cleanup', '--state', other, '--run-id', '8-abc']);
      expect([wrongRun.status, wrongRun.stderr]).toEqual([2, expect.stringMatching(/records run 7-abc, not --run-id 8-abc/)]);
      expect(readFileSync(other, 'utf8')).toBe(text);
      // A state in use by a live process is refused; the lock of a process that is gone is taken over.
      writeFileSync(`${other}.lock`, `${process.pid}\n`);
      expect(runCli(['cleanup', '--state', other]).stderr).toMatch(new RegExp(`in use by process ${process.pid}`));
      writeFileSync(`${other}.lock`, '2147483646\n');
      expect(runCli(['cleanup', '--state', other, '--run-id', '8-abc']).stderr).toMatch(/records run 7-abc/);
      expect(runCli(['run', '--state', join(dir, 'embedded.json')]).stderr).toMatch(/--state .* needs --target/);
      expect(runCli(['cleanup']).status).toBe(2);
      expect(runCli(['cleanup', '--state', join(dir, 'missing.json')]).stderr).toMatch(/does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
