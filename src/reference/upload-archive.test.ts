import { describe, expect, it } from 'vitest';
import { treeHash } from '../treehash';
import { patternBytes, testReference, uploadHeaders } from '../testing/reference-test-kit';

const body = patternBytes(1_048_577);

function upload(headers: Record<string, string | undefined>, bytes: Uint8Array = body, config = {}) {
  const ref = testReference({ config });
  ref.createVault('v');
  const clean = Object.fromEntries(Object.entries({ ...uploadHeaders(bytes), ...headers }).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const response = ref.send('POST', '/-/vaults/v/archives', { headers: clean, body: bytes });
  return { ref, response, error: response.status >= 300 ? ref.json(response) : undefined };
}

describe('UploadArchive', () => {
  it('answers 201 with Location, x-amz-archive-id and the service-computed tree hash (§2.5)', () => {
    // §5 vector: 1 MiB + 1 zero bytes.
    const { response } = upload({}, Buffer.alloc(1_048_577));
    expect(response.status).toBe(201);
    const id = response.headers['x-amz-archive-id']!;
    expect(id).toMatch(/^[A-Za-z0-9_-]{138}$/);
    expect(response.headers.location).toBe(`/111122223333/vaults/v/archives/${id}`);
    expect(response.headers['x-amz-sha256-tree-hash']).toBe('28638dab8d5e1754a4ecb38b0ebe6df66c844f94aed142d4d0283d208bb786cd');
  });

  it('stores the body without copying it', () => {
    const { ref, response } = upload({});
    const archive = ref.state.vaults.get('v')!.archives.get(response.headers['x-amz-archive-id']!)!;
    expect((archive.bytes as Uint8Array).buffer).toBe(body.buffer);
  });

  it('accepts an upper-case tree hash and no x-amz-content-sha256, or UNSIGNED-PAYLOAD', () => {
    expect(upload({ 'x-amz-sha256-tree-hash': treeHash(body).toUpperCase(), 'x-amz-content-sha256': undefined }).response.status).toBe(201);
    expect(upload({ 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' }).response.status).toBe(201);
  });

  it.each([
    ['a missing tree hash', { 'x-amz-sha256-tree-hash': undefined }, 'MissingParameterValueException', 'Required parameter missing: x-amz-sha256-tree-hash'],
    ['a malformed tree hash', { 'x-amz-sha256-tree-hash': 'xyz' }, 'InvalidParameterValueException', 'Invalid x-amz-sha256-tree-hash: xyz'],
    ['a tree hash of other bytes', { 'x-amz-sha256-tree-hash': 'ab'.repeat(32) }, 'InvalidParameterValueException', `Checksum mismatch: expected ${'ab'.repeat(32)}, computed ${treeHash(body)}`],
    ['the linear SHA-256 in place of the tree hash', { 'x-amz-sha256-tree-hash': uploadHeaders(body)['x-amz-content-sha256'] }, 'InvalidParameterValueException', /^Checksum mismatch/],
    ['a wrong x-amz-content-sha256', { 'x-amz-content-sha256': '00'.repeat(32) }, 'InvalidParameterValueException', /^Checksum mismatch: expected 0{64}/],
    ['a missing Content-Length', { 'content-length': undefined }, 'MissingParameterValueException', 'Required parameter missing: Content-Length'],
    ['a Content-Length unlike the body', { 'content-length': '5' }, 'InvalidParameterValueException', 'Invalid Content-Length: 5'],
    ['a description over 1024 characters', { 'x-amz-archive-description': 'd'.repeat(1025) }, 'InvalidParameterValueException', /description/],
    ['a description with a control character', { 'x-amz-archive-description': 'a\tb' }, 'InvalidParameterValueException', /description/],
  ])('rejects %s with 400 (§2.5, §4)', (_, headers, code, message) => {
    const { ref, response, error } = upload(headers);
    expect(response.status).toBe(400);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(ref.state.vaults.get('v')!.archives.size).toBe(0);
  });

  it('accepts a description of exactly 1024 printable characters', () => {
    expect(upload({ 'x-amz-archive-description': '~'.repeat(1024) }).response.status).toBe(201);
  });

  it('rejects an empty body and one beyond the configured maximum (§2.5)', () => {
    expect(upload({}, new Uint8Array(0)).response.status).toBe(400);
    expect(upload({}, body, { maxArchiveBytes: body.length - 1 })).toMatchObject({ response: { status: 413 }, error: { code: 'RequestEntityTooLargeException', message: expect.stringMatching(/^Invalid Content-Length/) } });
    expect(upload({}, body, { maxArchiveBytes: body.length }).response.status).toBe(201);
  });

  it('answers 404 for an unknown vault', () => {
    const ref = testReference();
    expect(ref.send('POST', '/-/vaults/none/archives', { headers: uploadHeaders(body), body }).status).toBe(404);
  });
});

describe('DeleteArchive', () => {
  it('deletes with 204 and is idempotent, but 404 for an id never issued (§2.5)', () => {
    const ref = testReference();
    ref.createVault('v');
    const id = ref.upload('v', Buffer.from('x'));
    expect(ref.send('DELETE', `/-/vaults/v/archives/${id}`).status).toBe(204);
    expect(ref.send('DELETE', `/-/vaults/v/archives/${id}`).status).toBe(204);
    const unknown = ref.send('DELETE', '/-/vaults/v/archives/nope');
    expect([unknown.status, ref.json(unknown).message]).toEqual([404, 'The archive ID was not found: nope']);
  });
});
