import { describe, expect, it } from 'vitest';
import { bodyBytes } from './reference-http';
import { PATTERN_SIZE, SECTION6_FIXTURES } from '../testing/section6-fixtures';
import { patternBytes, testReference } from '../testing/reference-test-kit';

const archive = patternBytes(PATTERN_SIZE);

function setup(retrieval: string | null = null, description = 'pattern archive') {
  const ref = testReference();
  ref.createVault('v');
  const archiveId = ref.upload('v', archive, description);
  const jobId = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archiveId, ...(retrieval ? { RetrievalByteRange: retrieval } : {}) });
  const output = (range?: string) => ref.send('GET', `/-/vaults/v/jobs/${jobId}/output`, { headers: range ? { range } : {} });
  return { ref, jobId, output };
}

describe('GetJobOutput', () => {
  it.each(SECTION6_FIXTURES)('answers job $retrieval, Range $range per the §6 fixture table', (fixture) => {
    const { ref, output } = setup(fixture.retrieval);
    ref.clock.advance(1000);
    const response = output(fixture.range ?? undefined);
    expect(response.status).toBe(fixture.status);
    expect(response.headers['content-range']).toBe(fixture.contentRange ?? undefined);
    expect(response.headers['x-amz-sha256-tree-hash']).toBe(fixture.hash ?? undefined);
    expect(response.headers['content-length']).toBe(String(fixture.archiveEnd - fixture.archiveStart + 1));
    expect(Buffer.from(bodyBytes(response.body)).equals(archive.subarray(fixture.archiveStart, fixture.archiveEnd + 1))).toBe(true);
  });

  it('sends archive output as application/octet-stream with Accept-Ranges and the description (§2.4)', () => {
    const { ref, output } = setup();
    ref.clock.advance(1000);
    const response = output();
    expect(response.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'accept-ranges': 'bytes',
      'x-amz-archive-description': 'pattern archive',
    });
  });

  it('returns a view of the stored archive, not a copy', () => {
    const { ref, output } = setup('2097152-3145732');
    ref.clock.advance(1000);
    const body = output('bytes=5-9').body;
    expect(body).toMatchObject({ kind: 'bytes', offset: 2097152 + 5, length: 5 });
    expect(body.kind === 'bytes' && body.source).toBe(archive);
  });

  it('refuses output before completion with the quoted 400 (§4)', () => {
    const { ref, jobId, output } = setup();
    const response = output();
    expect([response.status, ref.json(response)]).toEqual([
      400,
      { code: 'InvalidParameterValueException', message: `The job is not currently available for download: ${jobId}`, type: 'Client' },
    ]);
  });

  it.each([
    ['bytes=3145733-3145800', 'bytes=3145733-3145800'],
    ['bytes=8388608-12582911', 'bytes=8388608-12582911'],
  ])('answers Range %s starting past the end with 400, not 416 (§3.5)', (range, echoed) => {
    const { ref, output } = setup();
    ref.clock.advance(1000);
    const response = output(range);
    expect([response.status, ref.json(response).message]).toEqual([
      400,
      `The start of the range is larger than size of retrieved data: ${echoed}`,
    ]);
  });

  it('measures the range start against the retrieved range, not the archive (§3.5)', () => {
    const { ref, output } = setup('2097152-3145732');
    ref.clock.advance(1000);
    expect(output('bytes=1048581-1048590').status).toBe(400);
    expect(output('bytes=1048580-1048590').headers['content-range']).toBe('bytes 1048580-1048580/1048581');
  });

  it.each(['bytes 0-4194303/235812776', 'bytes=5-2', 'items=0-5', 'bytes=0-1,4-5', 'bytes=--5', 'bytes=-'])(
    'ignores the malformed or undocumented Range %j and sends everything with 200 (§3.5)',
    (range) => {
      const { ref, output } = setup();
      ref.clock.advance(1000);
      const response = output(range);
      expect([response.status, response.headers['content-length'], response.headers['content-range']]).toEqual([200, String(PATTERN_SIZE), undefined]);
    },
  );

  it.each([
    ['bytes=3145728-', 'bytes 3145728-3145732/3145733', 5],
    ['bytes=0-', 'bytes 0-3145732/3145733', PATTERN_SIZE],
    ['bytes=-5', 'bytes 3145728-3145732/3145733', 5],
    ['bytes=-1048581', 'bytes 2097152-3145732/3145733', 1048581],
    ['bytes=-99999999', 'bytes 0-3145732/3145733', PATTERN_SIZE],
  ])('answers the open or suffix Range %s with 206 and Content-Range %s (RFC 9110 §14.1.2)', (range, contentRange, length) => {
    const { ref, output } = setup();
    ref.clock.advance(1000);
    const response = output(range);
    expect([response.status, response.headers['content-range'], response.headers['content-length']]).toEqual([206, contentRange, String(length)]);
    expect(Buffer.from(bodyBytes(response.body)).equals(archive.subarray(PATTERN_SIZE - length))).toBe(range === 'bytes=0-' || range.startsWith('bytes=-') || range === 'bytes=3145728-');
  });

  it('hashes an open range that starts on a leaf boundary and refuses one past the end or bytes=-0', () => {
    const { ref, output } = setup();
    ref.clock.advance(1000);
    expect(output('bytes=2097152-').headers['x-amz-sha256-tree-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(ref.json(output('bytes=3145733-')).message).toBe('The start of the range is larger than size of retrieved data: bytes=3145733-');
    expect(output('bytes=-0').status).toBe(400);
  });

  it('omits x-amz-archive-description when the archive has none', () => {
    const { ref, output } = setup(null, '');
    ref.clock.advance(1000);
    expect(output().headers).not.toHaveProperty('x-amz-archive-description');
  });

  it('answers 404 for an unknown job (§4)', () => {
    const { ref } = setup();
    expect(ref.send('GET', '/-/vaults/v/jobs/none/output').status).toBe(404);
  });
});
