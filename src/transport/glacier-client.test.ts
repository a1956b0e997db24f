import { createHash } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { treeHash } from '../treehash/tree-hash';
import { openTestTarget } from '../testing/test-target';
import { EMBEDDED_BASE_URL } from './open-target';

const BASE = EMBEDDED_BASE_URL;
const LIMITS = { connectTimeoutMs: 300, firstByteTimeoutMs: 300, idleBodyTimeoutMs: 300 };

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** An embedded target that records each request and answers with `respond`. */
async function capturing(respond: (request: Request) => Response | Promise<Response> = () => HttpResponse.json({ ok: 1 })) {
  const seen: Seen[] = [];
  const handler = http.all(`${BASE}/*`, async ({ request }) => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    seen.push({ method: request.method, url: request.url, headers, body: Buffer.from(await request.clone().arrayBuffer()) });
    return respond(request);
  });
  const { client } = await openTestTarget(undefined, LIMITS, { embeddedHandlers: [handler] });
  return { client, seen };
}

describe('createGlacierClient requests (glacier-jobs-api.md §2)', () => {
  it('sends Describe Job to /-/vaults/{vault}/jobs/{jobId} with x-amz-glacier-version (§1, §2.3)', async () => {
    const { client, seen } = await capturing(() => HttpResponse.json({ JobId: 'j1', Completed: false }));
    const exchange = await client.describeJob({ vaultName: 'my vault', jobId: 'j/1' });
    expect(seen[0]).toMatchObject({ method: 'GET', url: `${BASE}/-/vaults/my%20vault/jobs/j%2F1` });
    expect(seen[0]!.headers['x-amz-glacier-version']).toBe('2012-06-01');
    expect(exchange.outcome).toEqual({ ok: true, value: { JobId: 'j1', Completed: false } });
    expect(exchange).toMatchObject({ operation: 'DescribeJob', target: 'embedded reference', retries: 0, response: { status: 200 } });
  });

  it('sends List Jobs query values verbatim, in order, leaving out absent ones (§2.2)', async () => {
    const { client, seen } = await capturing();
    await client.listJobs({ vaultName: 'v', limit: '0', statuscode: 'finished', completed: 'maybe' });
    expect(new URL(seen[0]!.url).search).toBe('?limit=0&statuscode=finished&completed=maybe');
  });

  it('sends Initiate Job with the bare JobParameters body (§2.1)', async () => {
    const { client, seen } = await capturing(() => new HttpResponse(null, { status: 202, headers: { 'x-amz-job-id': 'J', location: '/111122223333/vaults/v/jobs/J' } }));
    const parameters = { Type: 'inventory-retrieval', Format: 'CSV' };
    const exchange = await client.initiateJob({ vaultName: 'v', jobParameters: parameters });
    expect(JSON.parse(seen[0]!.body.toString())).toEqual(parameters);
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(exchange.request.body).toEqual({ kind: 'json', bytes: seen[0]!.body.length, json: parameters });
    expect(exchange.outcome).toEqual({ ok: true, value: { jobId: 'J', location: '/111122223333/vaults/v/jobs/J' } });
  });

  it('computes both Upload Archive hashes, or sends what the check supplies (§2.5)', async () => {
    const { client, seen } = await capturing(() => new HttpResponse(null, { status: 201 }));
    const body = Buffer.alloc(3 * 1024 * 1024 + 5, 7);
    const exchange = await client.uploadArchive({ vaultName: 'v', body, description: 'd' });
    expect(seen[0]!.headers['x-amz-sha256-tree-hash']).toBe(treeHash(body));
    expect(seen[0]!.headers['x-amz-content-sha256']).toBe(createHash('sha256').update(body).digest('hex'));
    expect(seen[0]!.headers['x-amz-archive-description']).toBe('d');
    expect(exchange.request.body).toEqual({ kind: 'binary', bytes: body.length, sha256: seen[0]!.headers['x-amz-content-sha256'], treeHash: treeHash(body) });
    await client.uploadArchive({ vaultName: 'v', body, treeHash: 'f'.repeat(64), sha256: null });
    expect(seen[1]!.headers['x-amz-sha256-tree-hash']).toBe('f'.repeat(64));
    expect(seen[1]!.headers['x-amz-content-sha256']).toBeUndefined();
  });

  it('omits, overrides and adds headers and the account id when a check asks', async () => {
    const { client, seen } = await capturing();
    await client.describeVault({ vaultName: 'v' }, { omitGlacierVersion: true, accountId: '123456789012', headers: { 'X-Extra': '1', 'user-agent': null } });
    expect(seen[0]!.url).toBe(`${BASE}/123456789012/vaults/v`);
    expect(seen[0]!.headers['x-amz-glacier-version']).toBeUndefined();
    expect(seen[0]!.headers['x-extra']).toBe('1');
  });

  it('streams Get Job Output through the hashers, with the Range header verbatim (§2.4)', async () => {
    const output = Buffer.from('{"VaultARN":"arn"}');
    const { client, seen } = await capturing(() => new HttpResponse(output, { status: 206, headers: { 'content-type': 'application/json' } }));
    const exchange = await client.getJobOutput({ vaultName: 'v', jobId: 'j', range: 'bytes=0-17' });
    expect(seen[0]!.headers.range).toBe('bytes=0-17');
    const sha256 = createHash('sha256').update(output).digest('hex');
    expect(exchange.outcome).toEqual({ ok: true, value: { bytes: 18, treeHash: sha256, sha256, text: output.toString(), textDropped: false } });
    expect(exchange.response).toMatchObject({ status: 206, bytes: 18, sha256, treeHash: sha256, text: output.toString() });
  });

  it('returns a Glacier error as an aws-error failure with the raw answer beside it (§4)', async () => {
    const error = { code: 'ResourceNotFoundException', message: 'The job ID was not found: j', type: 'Client' };
    const { client } = await capturing(() => HttpResponse.json(error, { status: 404 }));
    const exchange = await client.describeJob({ vaultName: 'v', jobId: 'j' });
    expect(exchange.outcome).toEqual({
      ok: false,
      failure: { kind: 'aws-error', status: 404, awsError: error, message: 'HTTP 404 ResourceNotFoundException: The job ID was not found: j' },
    });
    expect(exchange.response).toMatchObject({ status: 404, json: error, text: JSON.stringify(error) });
  });

  it('reports a non-2xx answer without a Glacier body as http-error', async () => {
    const { client } = await capturing(() => new HttpResponse('<html>bad gateway</html>', { status: 502 }));
    const exchange = await client.deleteVault({ vaultName: 'v' });
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'http-error', status: 502 } });
    expect(exchange.response?.text).toBe('<html>bad gateway</html>');
  });
});

describe('createEmbeddedTarget limits', () => {
  it('times out a handler that never answers', async () => {
    const { client } = await capturing(() => new Promise<Response>(() => undefined));
    const exchange = await client.describeJob({ vaultName: 'v', jobId: 'j' });
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'timeout', phase: 'first-byte' } });
  });

  it('times out a body that stalls', async () => {
    const stalled = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new Uint8Array([1])) });
    const { client } = await capturing(() => new HttpResponse(stalled, { status: 200 }));
    const exchange = await client.getJobOutput({ vaultName: 'v', jobId: 'j' });
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'timeout', phase: 'body' } });
    expect(exchange.response?.bytes).toBe(1);
  });

  it('classifies a header value HTTP forbids as invalid-request', async () => {
    const { client, seen } = await capturing();
    const exchange = await client.describeVault({ vaultName: 'v' }, { headers: { 'x-bad': 'a\r\nb' } });
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'invalid-request' } });
    expect(seen).toHaveLength(0);
  });

  it('treats a request no handler matches as refused', async () => {
    const { client } = await openTestTarget(undefined, LIMITS, { embeddedHandlers: [] });
    const exchange = await client.describeVault({ vaultName: 'v' });
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'connection-refused' } });
  });
});
