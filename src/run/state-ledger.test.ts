import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../reference/http-server';
import { countingProxy } from '../testing/counting-proxy';
import { openTarget } from '../transport/open-target';
import { resolveTargetConfig } from '../transport/target-config';
import { cleanupByRunId, cleanupFromState } from './cleanup';
import { reconcileState } from './reconcile-state';
import { newRunState, withArchive, withJob, canonicalJson, type RunState } from './run-state';
import { createStateLedger } from './state-ledger';

describe('the state ledger at the transport, reconciliation and cleanup, against the reference over HTTP', () => {
  let reference: ReferenceServer;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  beforeAll(async () => {
    reference = await startReferenceServer({ config: { jobDelayMs: 0 } });
    proxy = await countingProxy(reference.url);
  });
  afterAll(async () => {
    await proxy.close();
    await reference.close();
  });

  const config = () => resolveTargetConfig({ target: proxy.url, unsigned: true }, {});
  const start = (runId: string) => newRunState({ runId, seed: 1, target: { url: proxy.url, region: 'us-east-1', accountId: '-', signing: 'none' }, vaultPrefix: 'glacier-conformance', now: Date.now() });
  const open = async (state: RunState) => {
    const saved: RunState[] = [];
    const ledger = createStateLedger(state, (next) => saved.push(next), Date.now);
    const target = await openTarget(config(), { ledger });
    return { ledger, saved, client: target.client, close: () => target.close() };
  };
  const body = new Uint8Array(3000).fill(7);

  it('records the intent before a creating request and its answer after, and answers the same upload or job of a later invocation from the record, once', async () => {
    const vaultName = 'glacier-conformance-L1-spec';
    const first = await open(start('L1'));
    await first.client.createVault({ vaultName });
    const uploaded = await first.client.uploadArchive({ vaultName, body, description: 'd' });
    const archiveId = uploaded.response!.headers['x-amz-archive-id']!;
    const jobParameters = { Type: 'archive-retrieval', ArchiveId: archiveId, Tier: 'Bulk' };
    const initiated = await first.client.initiateJob({ vaultName, jobParameters });
    const jobId = initiated.response!.headers['x-amz-job-id']!;
    await first.client.describeJob({ vaultName, jobId });
    await first.client.createVault({ vaultName: 'someone-elses-vault' });
    await first.close();
    // The upload was on file as requested before the request went out, then present with the target's id.
    const statuses = first.saved.map((state) => state.archives[0]?.status).filter(Boolean);
    expect(statuses.slice(0, 2)).toEqual(['requested', 'present']);
    expect(statuses.slice(2).every((status) => status === 'present')).toBe(true);
    const state = first.ledger.current();
    expect(state.vaults.map((vault) => [vault.name, vault.status])).toEqual([[vaultName, 'created']]);
    expect(state.archives[0]).toMatchObject({ vault: vaultName, size: 3000, description: 'd', archiveId, status: 'present' });
    expect(state.jobs[0]).toMatchObject({ vault: vaultName, parameters: canonicalJson(jobParameters), jobId, status: 'Succeeded' });
    expect(state.jobs[0]!.completedAt).toBeGreaterThan(0);

    const second = await open(state);
    const before = { ...proxy.counts };
    const again = await second.client.uploadArchive({ vaultName, body, description: 'd' });
    const job = await second.client.initiateJob({ vaultName, jobParameters: { Tier: 'Bulk', ArchiveId: archiveId, Type: 'archive-retrieval' } });
    expect(again.response!.headers['x-amz-archive-id']).toBe(archiveId);
    // The replayed answer keeps the time the target gave it: the archive was uploaded then.
    expect(again.timings).toEqual({ startMs: state.archives[0]!.uploadedAt, totalMs: 0 });
    expect(job.response!.headers['x-amz-job-id']).toBe(jobId);
    expect(proxy.counts['UploadArchive']).toBe(before['UploadArchive']);
    expect(proxy.counts['InitiateJob']).toBe(before['InitiateJob']);
    expect(second.ledger.replayed()).toEqual({ uploads: 1, jobs: 1 });
    // Within one invocation every request means a new archive: the second identical upload goes to the target.
    const third = await second.client.uploadArchive({ vaultName, body, description: 'd' });
    expect(third.response!.headers['x-amz-archive-id']).not.toBe(archiveId);
    expect(proxy.counts['UploadArchive']).toBe((before['UploadArchive'] ?? 0) + 1);
    await second.close();
  });

  it('reconciles a job whose answer was lost through ListJobs, and records a lost upload as possibly present', async () => {
    const vaultName = 'glacier-conformance-L2-errors';
    const plain = await openTarget(config());
    await plain.client.createVault({ vaultName });
    const uploaded = await plain.client.uploadArchive({ vaultName, body });
    const archiveId = uploaded.response!.headers['x-amz-archive-id']!;
    const parameters = { Type: 'archive-retrieval', ArchiveId: archiveId, RetrievalByteRange: '0-2999' };
    // The job the killed run initiated: the target made it, the run never heard back.
    const made = await plain.client.initiateJob({ vaultName, jobParameters: parameters });
    await plain.client.initiateJob({ vaultName, jobParameters: { Type: 'archive-retrieval', ArchiveId: archiveId } });
    await plain.close();
    let state = withJob(start('L2'), undefined, { vault: vaultName, parameters: canonicalJson(parameters), status: 'requested', requestedAt: Date.now() - 1000 });
    state = withJob(state, undefined, { vault: vaultName, parameters: canonicalJson({ ...parameters, Tier: 'Bulk' }), status: 'requested', requestedAt: Date.now() - 1000 });
    state = withArchive(state, undefined, { vault: vaultName, size: 5, treeHash: 'x', sha256: 'y', description: '', status: 'requested', requestedAt: 0 });
    const resumed = await open(state);
    const found = await reconcileState(resumed.ledger, resumed.client, Date.now);
    await resumed.close();
    expect(found).toMatchObject({ lostUploads: 1, jobsFound: 1, jobsNotFound: 1 });
    const jobs = resumed.ledger.current().jobs;
    expect(jobs[0]).toMatchObject({ jobId: made.response!.headers['x-amz-job-id'], status: 'Succeeded' });
    expect(jobs[1]!.status).toBe('not-created');
    expect(resumed.ledger.current().archives[0]!.status).toBe('possibly-present');
  });

  it('cleanup deletes what the state recorded and is idempotent; by run id it deletes only the exact prefix', async () => {
    const first = await open(start('L3'));
    await first.client.createVault({ vaultName: 'glacier-conformance-L3-spec' });
    await first.client.uploadArchive({ vaultName: 'glacier-conformance-L3-spec', body });
    await first.close();
    const done = await open(first.ledger.current());
    expect(await cleanupFromState(done.ledger, done.client)).toEqual({ deletedVaults: ['glacier-conformance-L3-spec'], deletedArchives: 1, remaining: [] });
    expect(await cleanupFromState(done.ledger, done.client)).toEqual({ deletedVaults: [], deletedArchives: 0, remaining: [] });
    await done.close();

    const plain = await openTarget(config());
    for (const vaultName of ['glacier-conformance-R1-a', 'glacier-conformance-R1-b-neighbour', 'glacier-conformance-R10-a', 'R1-a', 'glacier-conformance-R1']) await plain.client.createVault({ vaultName });
    const before = proxy.counts['DeleteVault'] ?? 0;
    const outcome = await cleanupByRunId(plain.client, '-', 'glacier-conformance', 'R1');
    expect(outcome).toEqual({ deletedVaults: ['glacier-conformance-R1-a', 'glacier-conformance-R1-b-neighbour'], deletedArchives: 0, remaining: [] });
    expect(proxy.counts['DeleteVault']).toBe(before + 2);
    const listed = await plain.client.raw({ operation: 'ListVaults', method: 'GET', segments: ['-', 'vaults'], mode: 'json' });
    expect(((listed.response!.json as { VaultList: { VaultName: string }[] }).VaultList).map((vault) => vault.VaultName)).toEqual(expect.arrayContaining(['glacier-conformance-R10-a', 'R1-a', 'glacier-conformance-R1']));
    await plain.close();
  });
});
