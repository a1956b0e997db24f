import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { startReferenceServer, type ReferenceServer } from './http-server';
import { patternBytes, uploadHeaders } from '../testing/reference-test-kit';
import { PATTERN_SIZE, SECTION6_FIXTURES } from '../testing/section6-fixtures';

const VERSION = { 'x-amz-glacier-version': '2012-06-01' };
const archive = patternBytes(PATTERN_SIZE);
const clock = manualClock();
let server: ReferenceServer;
const jobs = new Map<string | null, string>();

async function call(method: string, path: string, init: { headers?: Record<string, string>; body?: Uint8Array | string } = {}) {
  return fetch(`${server.url}${path}`, { method, headers: { ...VERSION, ...init.headers }, body: init.body as BodyInit | undefined });
}

beforeAll(async () => {
  server = await startReferenceServer({ clock, config: { jobDelayMs: 1000, maxArchiveBytes: 8 * 1024 * 1024 } });
  await call('PUT', '/-/vaults/v');
  const upload = await call('POST', '/-/vaults/v/archives', { headers: uploadHeaders(archive, 'pattern'), body: archive });
  const archiveId = upload.headers.get('x-amz-archive-id')!;
  for (const retrieval of new Set(SECTION6_FIXTURES.map((fixture) => fixture.retrieval))) {
    const body = JSON.stringify({ Type: 'archive-retrieval', ArchiveId: archiveId, ...(retrieval ? { RetrievalByteRange: retrieval } : {}) });
    jobs.set(retrieval, (await call('POST', '/-/vaults/v/jobs', { body })).headers.get('x-amz-job-id')!);
  }
  clock.advance(1000);
});

afterAll(() => server.close());

describe('startReferenceServer', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each(SECTION6_FIXTURES)('serves job $retrieval, Range $range over HTTP per the §6 table', async (fixture) => {
    const jobId = jobs.get(fixture.retrieval)!;
    const response = await call('GET', `/-/vaults/v/jobs/${jobId}/output`, { headers: fixture.range ? { range: fixture.range } : {} });
    expect(response.status).toBe(fixture.status);
    expect(response.headers.get('content-range')).toBe(fixture.contentRange);
    expect(response.headers.get('x-amz-sha256-tree-hash')).toBe(fixture.hash);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[\w-]{46}$/);
    expect(response.headers.get('date')).toBe(new Date(clock.now()).toUTCString());
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-length')).toBe(String(body.length));
    expect(body.equals(archive.subarray(fixture.archiveStart, fixture.archiveEnd + 1))).toBe(true);
  });

  it.each([
    ['malformed JSON', 'POST', '/-/vaults/v/jobs', '{"Type"', 400, 'SerializationException'],
    ['an unknown member', 'POST', '/-/vaults/v/jobs', '{"Type":"inventory-retrieval","X":1}', 400, 'SerializationException'],
    ['a wrong type', 'POST', '/-/vaults/v/jobs', '{"Type":["archive-retrieval"]}', 400, 'SerializationException'],
    ['a body over the JSON limit', 'POST', '/-/vaults/v/jobs', 'x'.repeat(70_000), 413, 'RequestEntityTooLargeException'],
    ['an unknown vault', 'GET', '/-/vaults/nope/jobs', undefined, 404, 'ResourceNotFoundException'],
    ['an unknown job', 'GET', '/-/vaults/v/jobs/nope/output', undefined, 404, 'ResourceNotFoundException'],
    ['an unknown archive', 'DELETE', '/-/vaults/v/archives/nope', undefined, 404, 'ResourceNotFoundException'],
    ['an unknown route', 'GET', '/-/vaults/v/multipart-uploads/u/parts', undefined, 404, 'UnknownOperationException'],
  ])('answers %s with the AWS error body and keeps serving (§4)', async (_, method, path, body, status, code) => {
    const response = await call(method, path, { body });
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ code, type: 'Client' });
    expect((await call('GET', '/-/vaults/v')).status).toBe(200);
  });

  it('refuses an upload whose declared size passes the limit with 413 from Content-Length, without reading the body', async () => {
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${server.url}/-/vaults/v/archives`, {
        method: 'POST',
        headers: { ...VERSION, 'content-length': String(9 * 1024 * 1024), 'x-amz-sha256-tree-hash': '0'.repeat(64) },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      });
      req.on('error', reject);
      req.write(Buffer.alloc(1024)); // the rest never comes
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'RequestEntityTooLargeException', message: /^Invalid Content-Length: 9437184/ });
    expect((await call('GET', '/-/vaults/v')).status).toBe(200);
  });

  it('answers a body that stops arriving with 408 RequestTimeoutException (§2.5, §4)', async () => {
    const slow = await startReferenceServer({ config: { bodyIdleTimeoutMs: 100 } });
    try {
      const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(`${slow.url}/-/vaults/v/archives`, { method: 'POST', headers: { ...VERSION, 'content-length': '100' } });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body: text }));
        });
        req.on('error', reject);
        req.write(Buffer.alloc(10)); // and then nothing
      });
      expect([response.status, JSON.parse(response.body).code]).toEqual([408, 'RequestTimeoutException']);
    } finally {
      await slow.close();
    }
  });

  it('refuses a chunked body that grows past the limit', async () => {
    const big = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(8192));
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/-/vaults/v/jobs`, { method: 'POST', headers: VERSION, body: big, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect((await call('GET', '/-/vaults/v')).status).toBe(200);
  });

  it('survives a client that disconnects in the middle of a download', async () => {
    const jobId = jobs.get(null)!;
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${server.url}/-/vaults/v/jobs/${jobId}/output`, { headers: VERSION }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.end();
    });
    const again = await call('GET', `/-/vaults/v/jobs/${jobId}/output`);
    expect(Buffer.from(await again.arrayBuffer()).length).toBe(PATTERN_SIZE);
  });
});
