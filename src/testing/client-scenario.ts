import { expect } from 'vitest';
import { treeHash } from '../treehash/tree-hash';
import type { GlacierClient } from '../transport/glacier-client';

/**
 * Test support: one scenario every kind of target must pass (embedded reference, the
 * reference over HTTP signed and unsigned), so the transports are held to one story.
 */

/** Asserts success and returns the value, so a scenario reads as a list of operations. */
function valueOf<T>(exchange: { outcome: { ok: true; value: T } | { ok: false; failure: unknown } }): T {
  expect(exchange.outcome).toMatchObject({ ok: true });
  return (exchange.outcome as { value: T }).value;
}

/** The fixture and job lifecycle of §2 through a client; `completeJobs` moves the reference's clock. */
export async function archiveRetrievalScenario(client: GlacierClient, completeJobs: () => void): Promise<void> {
  const archive = Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 17 }, (_, i) => i % 253));
  expect(valueOf(await client.createVault({ vaultName: 'scenario' })).location).toMatch(/^\/\d{12}\/vaults\/scenario$/);
  const uploaded = valueOf(await client.uploadArchive({ vaultName: 'scenario', body: archive }));
  expect(uploaded.treeHash).toBe(treeHash(archive));
  const job = valueOf(
    await client.initiateJob({ vaultName: 'scenario', jobParameters: { Type: 'archive-retrieval', ArchiveId: uploaded.archiveId, Tier: 'Expedited' } }),
  );
  expect(valueOf(await client.describeJob({ vaultName: 'scenario', jobId: job.jobId! }))).toMatchObject({ StatusCode: 'InProgress' });
  completeJobs();
  const listed = valueOf(await client.listJobs({ vaultName: 'scenario', statuscode: 'Succeeded' })) as { JobList: { JobId: string }[] };
  expect(listed.JobList.map((entry) => entry.JobId)).toEqual([job.jobId]);
  const output = await client.getJobOutput({ vaultName: 'scenario', jobId: job.jobId!, range: `bytes=2097152-${archive.length - 1}` });
  expect(output.response).toMatchObject({ status: 206, headers: { 'x-amz-sha256-tree-hash': treeHash(archive.subarray(2097152)) } });
  expect(valueOf(output)).toMatchObject({ bytes: archive.length - 2097152, treeHash: treeHash(archive.subarray(2097152)) });
  expect((await client.deleteArchive({ vaultName: 'scenario', archiveId: uploaded.archiveId! })).response?.status).toBe(204);
  const missing = await client.describeJob({ vaultName: 'scenario', jobId: 'no-such-job' });
  expect(missing.outcome).toMatchObject({ ok: false, failure: { kind: 'aws-error', status: 404, awsError: { code: 'ResourceNotFoundException' } } });
}
