import { describe, expect, it } from 'vitest';
import { MIB, treeHash } from '../treehash';
import { patternBytes, testReference, type TestReference } from '../testing/reference-test-kit';

const archive = patternBytes(5 * MIB + 123);

function initiate(ref: TestReference, partSize: number | string = MIB, description?: string) {
  const headers: Record<string, string> = { 'x-amz-part-size': String(partSize) };
  if (description !== undefined) headers['x-amz-archive-description'] = description;
  return ref.send('POST', '/-/vaults/v/multipart-uploads', { headers });
}

function sendPart(ref: TestReference, id: string, start: number, bytes: Uint8Array, headers: Record<string, string> = {}) {
  return ref.send('PUT', `/-/vaults/v/multipart-uploads/${id}`, {
    headers: { 'content-range': `bytes ${start}-${start + bytes.length - 1}/*`, 'content-length': String(bytes.length), 'x-amz-sha256-tree-hash': treeHash(bytes), ...headers },
    body: bytes,
  });
}

function complete(ref: TestReference, id: string, headers: Record<string, string> = {}) {
  return ref.send('POST', `/-/vaults/v/multipart-uploads/${id}`, {
    headers: { 'x-amz-archive-size': String(archive.length), 'x-amz-sha256-tree-hash': treeHash(archive), ...headers },
  });
}

/** A vault `v` with one upload of `partSize` and the given parts of `archive` sent. */
function started(partSize = MIB, parts: readonly number[] = []) {
  const ref = testReference();
  ref.createVault('v');
  const id = initiate(ref, partSize, 'backup').headers['x-amz-multipart-upload-id']!;
  for (const start of parts) expect(sendPart(ref, id, start, archive.subarray(start, start + partSize)).status).toBe(204);
  return { ref, id };
}

const allParts = (partSize: number) => Array.from({ length: Math.ceil(archive.length / partSize) }, (_, i) => i * partSize);

describe('InitiateMultipartUpload', () => {
  it('answers 201 with the upload id and its Location', () => {
    const ref = testReference();
    ref.createVault('v');
    const response = initiate(ref);
    const id = response.headers['x-amz-multipart-upload-id']!;
    expect(response.status).toBe(201);
    expect(id).toMatch(/^[A-Za-z0-9_-]{92}$/);
    expect(response.headers.location).toBe(`/111122223333/vaults/v/multipart-uploads/${id}`);
  });

  it.each([
    [String(MIB), 201],
    [String(2 * MIB), 201],
    [String(4096 * MIB), 201],
    [String(3 * MIB), 400],
    [String(MIB / 2), 400],
    [String(8192 * MIB), 400],
    ['1MB', 400],
  ])('x-amz-part-size %s answers %d', (size, status) => {
    const ref = testReference();
    ref.createVault('v');
    const response = initiate(ref, size);
    expect(response.status).toBe(status);
    if (status === 400) expect(ref.json(response)).toMatchObject({ code: 'InvalidParameterValueException', message: `Invalid part size: ${size}` });
  });

  it('requires x-amz-part-size and a known vault', () => {
    const ref = testReference();
    expect(ref.json(ref.send('POST', '/-/vaults/nope/multipart-uploads', { headers: { 'x-amz-part-size': String(MIB) } })).code).toBe('ResourceNotFoundException');
    ref.createVault('v');
    expect(ref.json(ref.send('POST', '/-/vaults/v/multipart-uploads')).message).toBe('Required parameter missing: x-amz-part-size');
  });
});

describe('UploadMultipartPart', () => {
  it('answers 204 with the part tree hash, in any order, and replaces a part sent again', () => {
    const { ref, id } = started(2 * MIB, [4 * MIB, 0]);
    const part = archive.subarray(2 * MIB, 4 * MIB);
    const response = sendPart(ref, id, 2 * MIB, part);
    expect([response.status, response.headers['x-amz-sha256-tree-hash']]).toEqual([204, treeHash(part)]);
    expect(sendPart(ref, id, 2 * MIB, part).status).toBe(204);
    expect(ref.state.vaults.get('v')!.uploads.get(id)!.parts.size).toBe(3);
  });

  it.each([
    ['a range off the part-size grid', (id: string, ref: TestReference) => sendPart(ref, id, MIB / 2, archive.subarray(0, MIB)), 'InvalidParameterValueException'],
    ['a part longer than the part size', (id: string, ref: TestReference) => sendPart(ref, id, 0, archive.subarray(0, 2 * MIB + 1)), 'InvalidParameterValueException'],
    ['a malformed Content-Range', (id: string, ref: TestReference) => sendPart(ref, id, 0, archive.subarray(0, MIB), { 'content-range': 'bytes=0-1' }), 'InvalidParameterValueException'],
    ['a Content-Range that does not match the body', (id: string, ref: TestReference) => sendPart(ref, id, 0, archive.subarray(0, MIB), { 'content-range': `bytes 0-${2 * MIB - 1}/*` }), 'InvalidParameterValueException'],
    ['a tree hash of other bytes', (id: string, ref: TestReference) => sendPart(ref, id, 0, archive.subarray(0, MIB), { 'x-amz-sha256-tree-hash': 'ab'.repeat(32) }), 'InvalidParameterValueException'],
    ['no tree hash', (id: string, ref: TestReference) => ref.send('PUT', `/-/vaults/v/multipart-uploads/${id}`, { headers: { 'content-range': 'bytes 0-0/*', 'content-length': '1' }, body: 'a' }), 'MissingParameterValueException'],
    ['an unknown upload', (_id: string, ref: TestReference) => sendPart(ref, 'nope', 0, archive.subarray(0, MIB)), 'ResourceNotFoundException'],
  ])('refuses %s and stores nothing', (_name, send, code) => {
    const { ref, id } = started(2 * MIB);
    const response = send(id, ref);
    expect(ref.json(response).code).toBe(code);
    expect(ref.state.vaults.get('v')!.uploads.get(id)!.parts.size).toBe(0);
  });

  it('names the tree hashes in a checksum mismatch', () => {
    const { ref, id } = started(MIB);
    const part = archive.subarray(0, MIB);
    expect(ref.json(sendPart(ref, id, 0, part, { 'x-amz-sha256-tree-hash': 'ab'.repeat(32) })).message).toBe(`Checksum mismatch: expected ${'ab'.repeat(32)}, computed ${treeHash(part)}`);
  });
});

describe('CompleteMultipartUpload', () => {
  it.each([MIB, 2 * MIB, 4 * MIB, 8 * MIB])('assembles parts of %d bytes into the archive with its tree hash', (partSize) => {
    const { ref, id } = started(partSize, allParts(partSize));
    const response = complete(ref, id);
    expect(response.status).toBe(201);
    const archiveId = response.headers['x-amz-archive-id']!;
    expect(response.headers['x-amz-sha256-tree-hash']).toBe(treeHash(archive));
    expect(response.headers.location).toBe(`/111122223333/vaults/v/archives/${archiveId}`);
    const stored = ref.state.vaults.get('v')!.archives.get(archiveId)!;
    expect(Buffer.compare(Buffer.from(stored.bytes.subarray()), archive)).toBe(0);
    expect(stored.description).toBe('backup');
    expect(stored.leafDigests).toHaveLength(6);
    expect(ref.send('GET', `/-/vaults/v/multipart-uploads/${id}`).status).toBe(404);
  });

  it.each([
    ['a missing part', allParts(MIB).filter((start) => start !== 2 * MIB), {}, 'The uploaded parts do not cover the archive: bytes 2097152-3145727 are missing'],
    ['a wrong archive size', allParts(MIB), { 'x-amz-archive-size': String(archive.length + 1) }, `Archive size mismatch: expected ${archive.length + 1}, computed ${archive.length}`],
    ['a wrong tree hash', allParts(MIB), { 'x-amz-sha256-tree-hash': 'cd'.repeat(32) }, `Checksum mismatch: expected ${'cd'.repeat(32)}, computed ${treeHash(archive)}`],
    ['no archive size', allParts(MIB), { 'x-amz-archive-size': undefined }, 'Required parameter missing: x-amz-archive-size'],
    ['no tree hash', allParts(MIB), { 'x-amz-sha256-tree-hash': undefined }, 'Required parameter missing: x-amz-sha256-tree-hash'],
  ])('refuses %s with 400 and keeps the upload', (_name, parts, headers, message) => {
    const { ref, id } = started(MIB, parts);
    const clean = Object.fromEntries(Object.entries({ 'x-amz-archive-size': String(archive.length), 'x-amz-sha256-tree-hash': treeHash(archive), ...headers }).filter(([, v]) => v !== undefined)) as Record<string, string>;
    const response = ref.send('POST', `/-/vaults/v/multipart-uploads/${id}`, { headers: clean });
    expect([response.status, ref.json(response).message]).toEqual([400, message]);
    expect(ref.state.vaults.get('v')!.archives.size).toBe(0);
    expect(ref.send('GET', `/-/vaults/v/multipart-uploads/${id}`).status).toBe(200);
  });

  it('refuses a short part that is not the last', () => {
    const { ref, id } = started(2 * MIB, [0]);
    expect(sendPart(ref, id, 2 * MIB, archive.subarray(2 * MIB, 3 * MIB)).status).toBe(204);
    expect(sendPart(ref, id, 4 * MIB, archive.subarray(4 * MIB)).status).toBe(204);
    expect(ref.json(complete(ref, id)).message).toBe('The uploaded parts do not cover the archive: bytes 3145728-4194303 are missing');
  });
});

describe('ListParts, ListMultipartUploads, AbortMultipartUpload', () => {
  it('lists parts in range order with limit and marker', () => {
    const { ref, id } = started(MIB, [3 * MIB, 0, MIB, 2 * MIB]);
    const first = ref.json(ref.send('GET', `/-/vaults/v/multipart-uploads/${id}?limit=3`));
    expect(first).toMatchObject({ ArchiveDescription: 'backup', MultipartUploadId: id, PartSizeInBytes: MIB, VaultARN: 'arn:aws:glacier:us-east-1:111122223333:vaults/v', CreationDate: '2026-01-01T00:00:00.000Z' });
    expect(first.Parts.map((part: { RangeInBytes: string }) => part.RangeInBytes)).toEqual([`0-${MIB - 1}`, `${MIB}-${2 * MIB - 1}`, `${2 * MIB}-${3 * MIB - 1}`]);
    expect(first.Parts[0].SHA256TreeHash).toBe(treeHash(archive.subarray(0, MIB)));
    const second = ref.json(ref.send('GET', `/-/vaults/v/multipart-uploads/${id}?limit=3&marker=${first.Marker}`));
    expect([second.Parts.length, second.Marker]).toEqual([1, null]);
    expect(ref.json(ref.send('GET', `/-/vaults/v/multipart-uploads/${id}?limit=0`)).code).toBe('InvalidParameterValueException');
  });

  it('lists uploads in initiation order with limit and marker, and drops aborted ones', () => {
    const { ref, id } = started();
    const second = initiate(ref).headers['x-amz-multipart-upload-id']!;
    const page = ref.json(ref.send('GET', '/-/vaults/v/multipart-uploads?limit=1'));
    expect(page.UploadsList).toEqual([{ ArchiveDescription: 'backup', CreationDate: '2026-01-01T00:00:00.000Z', MultipartUploadId: id, PartSizeInBytes: MIB, VaultARN: 'arn:aws:glacier:us-east-1:111122223333:vaults/v' }]);
    expect(page.Marker).toBe(id);
    const next = ref.json(ref.send('GET', `/-/vaults/v/multipart-uploads?marker=${page.Marker}`));
    expect([next.UploadsList.map((upload: { MultipartUploadId: string }) => upload.MultipartUploadId), next.Marker]).toEqual([[second], null]);
    expect(ref.send('DELETE', `/-/vaults/v/multipart-uploads/${id}`).status).toBe(204);
    expect(ref.json(ref.send('GET', '/-/vaults/v/multipart-uploads')).UploadsList).toHaveLength(1);
    expect(ref.send('GET', `/-/vaults/v/multipart-uploads/${id}`).status).toBe(404);
    expect(ref.json(complete(ref, id)).message).toBe(`The upload ID was not found: ${id}`);
  });

  it('expires an upload after 24 h without a part, and not while parts arrive', () => {
    const { ref, id } = started(MIB, [0]);
    ref.clock.advance(23 * 3600_000);
    expect(sendPart(ref, id, MIB, archive.subarray(MIB, 2 * MIB)).status).toBe(204);
    ref.clock.advance(23 * 3600_000);
    expect(ref.send('GET', `/-/vaults/v/multipart-uploads/${id}`).status).toBe(200);
    ref.clock.advance(3600_000);
    expect(ref.send('GET', `/-/vaults/v/multipart-uploads/${id}`).status).toBe(404);
    expect(ref.json(ref.send('GET', '/-/vaults/v/multipart-uploads')).UploadsList).toEqual([]);
  });
});
