import { createHash } from 'node:crypto';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { treeHash } from '../treehash';
import { referenceHandlers } from './msw-handlers';
import { createReference } from './reference-service';
import { patternBytes } from '../testing/reference-test-kit';
import { HASHES, PATTERN_SIZE } from '../testing/section6-fixtures';

const BASE = 'http://glacier.embedded.invalid';
const VERSION = { 'x-amz-glacier-version': '2012-06-01' };

function setup(baseUrl = BASE) {
  const clock = manualClock();
  const service = createReference({ clock, config: { jobDelayMs: 100 } });
  const handlers = referenceHandlers(service, baseUrl);
  const send = async (method: string, path: string, init: { headers?: Record<string, string>; body?: Uint8Array | string } = {}) => {
    const request = new Request(`${baseUrl}${path}`, { method, headers: { ...VERSION, ...init.headers }, body: init.body as BodyInit | undefined });
    return getResponse(handlers, request);
  };
  return { clock, service, send };
}

describe('referenceHandlers', () => {
  it('answers through getResponse with no socket and leaves the global fetch alone', async () => {
    const fetchBefore = globalThis.fetch;
    const { send } = setup();
    const response = await send('PUT', '/-/vaults/v');
    expect(response?.status).toBe(201);
    expect(response?.headers.get('location')).toBe('/111122223333/vaults/v');
    expect(response?.headers.get('x-amzn-requestid')).toMatch(/^[\w-]{46}$/);
    expect(globalThis.fetch).toBe(fetchBefore);
  });

  it('runs a whole archive retrieval: upload, initiate, describe, ranged output (§2, §6)', async () => {
    const { clock, send } = setup();
    const bytes = patternBytes(PATTERN_SIZE);
    await send('PUT', '/-/vaults/v');
    const upload = await send('POST', '/-/vaults/v/archives', {
      headers: { 'x-amz-sha256-tree-hash': treeHash(bytes), 'x-amz-content-sha256': createHash('sha256').update(bytes).digest('hex') },
      body: bytes,
    });
    expect(upload?.status).toBe(201);
    const archiveId = upload!.headers.get('x-amz-archive-id')!;
    const initiate = await send('POST', '/-/vaults/v/jobs', { body: JSON.stringify({ Type: 'archive-retrieval', ArchiveId: archiveId }) });
    const jobId = initiate!.headers.get('x-amz-job-id')!;
    expect((await (await send('GET', `/-/vaults/v/jobs/${jobId}`))!.json()).StatusCode).toBe('InProgress');
    clock.advance(100);
    const output = await send('GET', `/-/vaults/v/jobs/${jobId}/output`, { headers: { range: 'bytes=2097152-3145732' } });
    expect(output?.status).toBe(206);
    expect(output?.headers.get('content-range')).toBe('bytes 2097152-3145732/3145733');
    expect(output?.headers.get('x-amz-sha256-tree-hash')).toBe(HASHES.L23);
    const received = Buffer.from(await output!.arrayBuffer());
    expect(received.equals(bytes.subarray(2097152))).toBe(true);
  });

  it('serializes JSON bodies with their Content-Length', async () => {
    const { send } = setup();
    await send('PUT', '/-/vaults/v');
    const response = await send('GET', '/-/vaults/v/jobs');
    const text = await response!.text();
    expect(JSON.parse(text)).toEqual({ JobList: [], Marker: null });
    expect(response!.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
  });

  it('answers errors with the AWS body and unknown routes under the base with 404', async () => {
    const { send } = setup();
    const missing = await send('GET', '/-/vaults/none/jobs');
    expect([missing?.status, (await missing!.json()).code]).toEqual([404, 'ResourceNotFoundException']);
    expect((await send('GET', '/elsewhere'))?.status).toBe(404);
  });

  it('serves a base URL with a path prefix and ignores other origins', async () => {
    const { send } = setup('http://localhost:9/glacier');
    expect((await send('PUT', '/-/vaults/v'))?.status).toBe(201);
    const handlers = referenceHandlers(createReference(), 'http://localhost:9/glacier');
    expect(await getResponse(handlers, new Request('http://other.invalid/-/vaults/v', { method: 'PUT' }))).toBeUndefined();
  });
});
