import { existsSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { MIB, treeHash } from '../treehash';
import { FileBytes, JoinedBytes } from './byte-source';
import { startReferenceServer, type ReferenceServer } from './http-server';
import { patternBytes, uploadHeaders } from '../testing/reference-test-kit';

const VERSION = { 'x-amz-glacier-version': '2012-06-01' };
const archive = patternBytes(3 * MIB + 77);
const clock = manualClock();
let server: ReferenceServer;

async function call(method: string, path: string, init: { headers?: Record<string, string>; body?: Uint8Array | string } = {}) {
  return fetch(`${server.url}${path}`, { method, headers: { ...VERSION, ...init.headers }, body: init.body as BodyInit | undefined });
}

async function download(archiveId: string, range?: string) {
  const job = await call('POST', '/-/vaults/v/jobs', { body: JSON.stringify({ Type: 'archive-retrieval', ArchiveId: archiveId }) });
  clock.advance(1000);
  const output = await call('GET', `/-/vaults/v/jobs/${job.headers.get('x-amz-job-id')}/output`, { headers: range ? { range } : {} });
  return { output, bytes: Buffer.from(await output.arrayBuffer()) };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

beforeAll(async () => {
  // Everything above 1 MiB goes to disk, so a few MiB exercise the file path.
  server = await startReferenceServer({ clock, diskThresholdBytes: MIB, config: { jobDelayMs: 1000 } });
  await call('PUT', '/-/vaults/v');
});

afterAll(async () => {
  const dir = server.storageDir;
  await server.close();
  expect(existsSync(dir)).toBe(false);
});

describe('serve streams archive bodies (issue 15 item 5)', () => {
  it('stores a large upload on disk with the hashes computed as it arrived, and serves it whole and ranged', async () => {
    const upload = await call('POST', '/-/vaults/v/archives', { headers: uploadHeaders(archive), body: archive });
    expect([upload.status, upload.headers.get('x-amz-sha256-tree-hash')]).toEqual([201, treeHash(archive)]);
    const archiveId = upload.headers.get('x-amz-archive-id')!;
    expect(server.service.state.vaults.get('v')!.archives.get(archiveId)!.bytes).toBeInstanceOf(FileBytes);
    const whole = await download(archiveId);
    expect([whole.output.status, whole.bytes.equals(archive), whole.output.headers.get('x-amz-sha256-tree-hash')]).toEqual([200, true, treeHash(archive)]);
    const tail = await download(archiveId, 'bytes=-100');
    expect([tail.output.status, tail.bytes.equals(archive.subarray(-100))]).toEqual([206, true]);
  });

  it('refuses a streamed body whose hashes do not match, and keeps no file for it', async () => {
    const before = readdirSync(server.storageDir).length;
    const bad = await call('POST', '/-/vaults/v/archives', { headers: { ...uploadHeaders(archive), 'x-amz-sha256-tree-hash': 'ab'.repeat(32) }, body: archive });
    expect([bad.status, (await bad.json()).message]).toEqual([400, `Checksum mismatch: expected ${'ab'.repeat(32)}, computed ${treeHash(archive)}`]);
    const linear = await call('POST', '/-/vaults/v/archives', { headers: { ...uploadHeaders(archive), 'x-amz-content-sha256': 'cd'.repeat(32) }, body: archive });
    expect(linear.status).toBe(400);
    await until(() => readdirSync(server.storageDir).length === before);
  });

  it('assembles a multipart upload of parts on disk without copying them into one buffer', async () => {
    const partSize = 2 * MIB;
    const started = await call('POST', '/-/vaults/v/multipart-uploads', { headers: { 'x-amz-part-size': String(partSize) } });
    const uploadId = started.headers.get('x-amz-multipart-upload-id')!;
    for (let start = 0; start < archive.length; start += partSize) {
      const body = archive.subarray(start, start + partSize);
      const headers = { 'content-range': `bytes ${start}-${start + body.length - 1}/*`, 'x-amz-sha256-tree-hash': treeHash(body) };
      expect((await call('PUT', `/-/vaults/v/multipart-uploads/${uploadId}`, { headers, body })).status).toBe(204);
    }
    const done = await call('POST', `/-/vaults/v/multipart-uploads/${uploadId}`, { headers: { 'x-amz-archive-size': String(archive.length), 'x-amz-sha256-tree-hash': treeHash(archive) } });
    expect(done.status).toBe(201);
    const archiveId = done.headers.get('x-amz-archive-id')!;
    expect(server.service.state.vaults.get('v')!.archives.get(archiveId)!.bytes).toBeInstanceOf(JoinedBytes);
    const whole = await download(archiveId);
    expect(whole.bytes.equals(archive)).toBe(true);
    const across = await download(archiveId, `bytes=${partSize - 10}-${partSize + 9}`);
    expect(across.bytes.equals(archive.subarray(partSize - 10, partSize + 10))).toBe(true);
  });

  it('frees the connection, the file and its handle when a client disconnects mid-upload', async () => {
    const files = () => readdirSync(server.storageDir).filter((name) => !name.startsWith('.'));
    const before = new Set(files());
    const req = httpRequest(`${server.url}/-/vaults/v/archives`, {
      method: 'POST',
      headers: { ...VERSION, 'content-length': String(64 * MIB), 'x-amz-sha256-tree-hash': '0'.repeat(64) },
    });
    req.on('error', () => {});
    req.write(Buffer.alloc(2 * MIB));
    await until(() => server.uploadsInFlight() === 1 && files().some((name) => !before.has(name)));
    req.destroy();
    await until(() => server.uploadsInFlight() === 0 && files().every((name) => before.has(name)));
    expect((await call('GET', '/-/vaults/v')).status).toBe(200);
  });
});
