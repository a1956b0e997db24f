import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { openTestTarget } from '../testing/test-target';
import type { Exchange } from '../core/exchange';
import type { PreparedRequest } from './exchange-runner';
import { createFootprint, type FootprintCaps } from './footprint';
import { EMBEDDED_BASE_URL } from './open-target';

const BASE = EMBEDDED_BASE_URL;

/** A target that answers like Glacier would on success, except DeleteVault of `keep`; it counts what reached it. */
async function footprinted(caps: FootprintCaps, options: { keep?: string; throttleFirst?: boolean } = {}) {
  const seen: string[] = [];
  let throttled = false;
  const handler = http.all(`${BASE}/*`, ({ request }) => {
    const path = new URL(request.url).pathname;
    seen.push(`${request.method} ${path}`);
    if (options.throttleFirst && !throttled) {
      throttled = true;
      return HttpResponse.json({ code: 'ThrottlingException', message: 'slow down', type: 'Client' }, { status: 400 });
    }
    if (request.method === 'PUT' && path.includes('!')) return HttpResponse.json({ code: 'InvalidParameterValueException', message: 'bad vault name', type: 'Client' }, { status: 400 });
    if (request.method === 'PUT') return new HttpResponse(null, { status: 201 });
    if (request.method === 'DELETE' && path.endsWith(`/${options.keep}`)) return HttpResponse.json({ code: 'InvalidParameterValueException', message: 'vault not empty', type: 'Client' }, { status: 400 });
    if (request.method === 'DELETE') return new HttpResponse(null, { status: 204 });
    if (path.endsWith('/archives')) return new HttpResponse(null, { status: 201, headers: { 'x-amz-archive-id': 'A' } });
    if (path.endsWith('/jobs') && request.method === 'POST') return new HttpResponse(null, { status: 202, headers: { 'x-amz-job-id': 'J' } });
    if (path.endsWith('/output')) return new HttpResponse(new Uint8Array(1000), { status: 200 });
    return HttpResponse.json({ JobList: [], Marker: null });
  });
  const footprint = createFootprint(caps);
  const { client } = await openTestTarget(undefined, {}, { embeddedHandlers: [handler], footprint, sleep: async () => undefined });
  return { client, footprint, seen };
}

describe('createFootprint', () => {
  it('refuses the request past a cap before it reaches the target, and names the cap', async () => {
    const { client, footprint, seen } = await footprinted({ vaults: 2 });
    await client.createVault({ vaultName: 'a' });
    await client.createVault({ vaultName: 'b' });
    const third = await client.createVault({ vaultName: 'c' });
    expect(seen.filter((request) => request.startsWith('PUT'))).toHaveLength(2);
    expect(third.outcome).toMatchObject({ ok: false, failure: { kind: 'footprint-cap', message: expect.stringMatching(/2 CreateVault requests the target did not refuse \(--max-vaults\)/) } });
    expect(third.response).toBeUndefined();
    expect(footprint.summary().capReached).toMatch(/--max-vaults/);
    expect(footprint.summary().requests).toEqual({ CreateVault: 2 });
  });

  it('takes no vault slot for CreateVault of a vault the run already created (a family preparing again, a resumed run)', async () => {
    const { client, footprint, seen } = await footprinted({ vaults: 1 });
    await client.createVault({ vaultName: 'a' });
    const again = await client.createVault({ vaultName: 'a' });
    const other = await client.createVault({ vaultName: 'b' });
    expect(again.response?.status).toBe(201);
    expect(other.outcome).toMatchObject({ ok: false, failure: { kind: 'footprint-cap' } });
    expect(seen.filter((request) => request.startsWith('PUT'))).toHaveLength(2);
    expect(footprint.summary().vaults.created).toEqual(['a']);
  });

  it('caps uploads and InitiateJob separately, and never caps cleanup', async () => {
    const { client, seen } = await footprinted({ uploads: 1, jobs: 1 });
    await client.uploadArchive({ vaultName: 'v', body: new Uint8Array(10) });
    const second = await client.uploadArchive({ vaultName: 'v', body: new Uint8Array(10) });
    await client.initiateJob({ vaultName: 'v', jobParameters: { Type: 'inventory-retrieval' } });
    const job = await client.initiateJob({ vaultName: 'v', jobParameters: { Type: 'inventory-retrieval' } });
    for (let index = 0; index < 3; index += 1) await client.deleteArchive({ vaultName: 'v', archiveId: 'A' });
    expect(second.outcome).toMatchObject({ ok: false, failure: { kind: 'footprint-cap' } });
    expect(job.outcome).toMatchObject({ ok: false, failure: { kind: 'footprint-cap' } });
    expect(seen.filter((request) => request.startsWith('POST'))).toHaveLength(2);
    expect(seen.filter((request) => request.startsWith('DELETE'))).toHaveLength(3);
  });

  it('counts an archive uploaded in parts once, at CompleteMultipartUpload, under the uploads cap', () => {
    const footprint = createFootprint({ uploads: 1 });
    const prepared = (operation: string) => ({ operation }) as unknown as PreparedRequest;
    const completed = { operation: 'CompleteMultipartUpload', retries: 0, outcome: { ok: true }, response: { status: 201 }, request: { url: `${BASE}/-/vaults/v/multipart-uploads/U`, headers: { 'x-amz-archive-size': '3145728' }, body: { kind: 'none' } } } as unknown as Exchange;
    expect(footprint.admit(prepared('InitiateMultipartUpload'))).toBeUndefined();
    expect(footprint.admit(prepared('UploadMultipartPart'))).toBeUndefined();
    expect(footprint.admit(prepared('CompleteMultipartUpload'))).toBeUndefined();
    footprint.record(completed);
    expect(footprint.admit(prepared('CompleteMultipartUpload'))).toMatchObject({ kind: 'footprint-cap', message: expect.stringMatching(/--max-uploads/) });
    expect(footprint.admit(prepared('UploadArchive'))).toMatchObject({ kind: 'footprint-cap' });
    expect(footprint.summary().uploads).toEqual({ count: 1, bytes: 3145728 });
  });

  it('frees the slot of a request the target refused: the cap is on what was created', async () => {
    const { client, seen, footprint } = await footprinted({ vaults: 1 });
    const refused = await client.createVault({ vaultName: 'bad name!' });
    expect(refused.response?.status).toBe(400);
    expect((await client.createVault({ vaultName: 'a' })).response?.status).toBe(201);
    expect((await client.createVault({ vaultName: 'b' })).outcome).toMatchObject({ ok: false, failure: { kind: 'footprint-cap' } });
    expect(seen.filter((request) => request.startsWith('PUT'))).toHaveLength(2);
    expect(footprint.summary().vaults.created).toEqual(['a']);
  });

  it('stops retrieving once the retrieved-bytes cap is spent', async () => {
    const { client, footprint } = await footprinted({ retrievedBytes: 1500 });
    await client.getJobOutput({ vaultName: 'v', jobId: 'J' });
    await client.getJobOutput({ vaultName: 'v', jobId: 'J' });
    const third = await client.getJobOutput({ vaultName: 'v', jobId: 'J' });
    expect(third.outcome).toMatchObject({ ok: false, failure: { kind: 'footprint-cap' } });
    expect(footprint.summary().bytesRetrieved).toBe(2000);
  });

  it('counts a throttled request once against its cap and its retries apart', async () => {
    const { client, footprint, seen } = await footprinted({ vaults: 1 }, { throttleFirst: true });
    const created = await client.createVault({ vaultName: 'a' });
    expect(created.response?.status).toBe(201);
    expect(seen).toHaveLength(2);
    expect(footprint.summary()).toMatchObject({ requests: { CreateVault: 1 }, retries: 1, vaults: { created: ['a'], leftBehind: [{ name: 'a' }] } });
  });

  it('accounts vaults deleted and left behind with why, uploads, jobs by type and tier, bytes retrieved', async () => {
    const { client, footprint } = await footprinted({}, { keep: 'kept' });
    await client.createVault({ vaultName: 'gone' });
    await client.createVault({ vaultName: 'kept' });
    await client.createVault({ vaultName: 'never-deleted' });
    await client.uploadArchive({ vaultName: 'kept', body: new Uint8Array(3000) });
    await client.uploadArchive({ vaultName: 'kept', body: new Uint8Array(5) });
    await client.initiateJob({ vaultName: 'kept', jobParameters: { Type: 'archive-retrieval', ArchiveId: 'A', Tier: 'Bulk' } });
    await client.initiateJob({ vaultName: 'kept', jobParameters: { Type: 'archive-retrieval', ArchiveId: 'A' } });
    await client.initiateJob({ vaultName: 'kept', jobParameters: { Type: 'inventory-retrieval', Format: 'CSV' } });
    await client.getJobOutput({ vaultName: 'kept', jobId: 'J' });
    await client.deleteVault({ vaultName: 'gone' });
    await client.deleteVault({ vaultName: 'kept' });
    await client.deleteVault({ vaultName: 'not-ours' });
    const summary = footprint.summary();
    expect(summary.vaults.created).toEqual(['gone', 'kept', 'never-deleted']);
    expect(summary.vaults.deleted).toEqual(['gone']);
    expect(summary.vaults.leftBehind).toEqual([
      { name: 'kept', reason: expect.stringMatching(/InvalidParameterValueException.*next inventory/) },
      { name: 'never-deleted', reason: expect.stringMatching(/no DeleteVault/) },
    ]);
    expect(summary.uploads).toEqual({ count: 2, bytes: 3005 });
    expect(summary.jobs).toEqual({ total: 3, byType: { 'archive-retrieval': 2, 'inventory-retrieval': 1 }, byTier: { Bulk: 1, none: 1 } });
    expect(summary.bytesRetrieved).toBe(1000);
    expect(summary.requests).toEqual({ CreateVault: 3, UploadArchive: 2, InitiateJob: 3, GetJobOutput: 1, DeleteVault: 3 });
    expect(summary.caps).toEqual({ vaults: null, uploads: null, jobs: null, retrievedBytes: null });
    expect(summary.capReached).toBeUndefined();
  });
});
