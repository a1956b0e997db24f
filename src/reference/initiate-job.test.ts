import { describe, expect, it } from 'vitest';
import { MIB } from '../treehash';
import { patternBytes, testReference } from '../testing/reference-test-kit';

function setup(size = 3 * MIB + 5) {
  const ref = testReference();
  ref.createVault('v');
  const archiveId = ref.upload('v', patternBytes(size), 'pattern');
  const initiate = (body: unknown) => ref.send('POST', '/-/vaults/v/jobs', { body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { ref, archiveId, initiate };
}

describe('InitiateJob', () => {
  it('answers 202 with x-amz-job-id and a Location on the numeric account, no body (§2.1)', () => {
    const { ref, archiveId, initiate } = setup();
    const response = initiate({ Type: 'archive-retrieval', ArchiveId: archiveId });
    expect(response.status).toBe(202);
    const id = response.headers['x-amz-job-id']!;
    expect(id).toMatch(/^[A-Za-z0-9_-]{92}$/);
    expect(response.headers.location).toBe(`/111122223333/vaults/v/jobs/${id}`);
    expect(response.body).toEqual({ kind: 'empty' });
    expect(ref.state.vaults.get('v')!.jobs.has(id)).toBe(true);
  });

  it('spreads job delays by up to jobDelayJitterMs, the same way for the same ids', () => {
    const readyTimes = () => {
      const ref = testReference({ config: { jobDelayMs: 1000, jobDelayJitterMs: 10_000 } });
      ref.createVault('v');
      const ids = [1, 2, 3, 4, 5, 6].map(() => ref.initiate('v', { Type: 'inventory-retrieval' }));
      return ids.map((id) => ref.state.vaults.get('v')!.jobs.get(id)!.readyAt - ref.clock.now());
    };
    const delays = readyTimes();
    expect(delays.every((delay) => delay >= 1000 && delay <= 11_000)).toBe(true);
    expect(new Set(delays).size).toBeGreaterThan(1);
    expect(readyTimes()).toEqual(delays);
  });

  it('hands out a different id to every job', () => {
    const { ref } = setup();
    const ids = new Set([1, 2, 3].map(() => ref.initiate('v', { Type: 'inventory-retrieval' })));
    expect(ids.size).toBe(3);
  });

  it.each([
    ['0-1048575'],
    ['1048576-3145727'],
    ['2097152-3145732'],
    ['0-3145732'],
    ['3145728-3145732'],
  ])('accepts the megabyte-aligned RetrievalByteRange %s (§3.4)', (range) => {
    const { archiveId, initiate } = setup();
    expect(initiate({ Type: 'archive-retrieval', ArchiveId: archiveId, RetrievalByteRange: range }).status).toBe(202);
  });

  it.each([
    ['0-1023', 'InvalidParameterValueException'],
    ['1-1048576', 'InvalidParameterValueException'],
    ['0-3145733', 'InvalidParameterValueException'],
    ['3145728-4194303', 'InvalidParameterValueException'],
    ['1048576-0', 'InvalidParameterValueException'],
    ['bytes=0-1048575', 'InvalidParameterValueException'],
    ['0-', 'InvalidParameterValueException'],
  ])('rejects RetrievalByteRange %s with 400 (§3.4)', (range, code) => {
    const { ref, archiveId, initiate } = setup();
    const response = initiate({ Type: 'archive-retrieval', ArchiveId: archiveId, RetrievalByteRange: range });
    expect([response.status, ref.json(response).code]).toEqual([400, code]);
    expect(ref.state.vaults.get('v')!.jobs.size).toBe(0);
  });

  const bad: [string, unknown, number, string, RegExp?][] = [
    ['malformed JSON', '{"Type":', 400, 'SerializationException'],
    ['a JSON array', '[]', 400, 'SerializationException'],
    ['an unknown member', { Type: 'inventory-retrieval', Colour: 'red' }, 400, 'SerializationException'],
    ['the jobParameters wrapper of the DG syntax block (§7 item 1)', { jobParameters: { Type: 'inventory-retrieval' } }, 400, 'SerializationException'],
    ['Type as a number', { Type: 3 }, 400, 'SerializationException'],
    ['Limit as a number', { Type: 'inventory-retrieval', InventoryRetrievalParameters: { Limit: 3 } }, 400, 'SerializationException'],
    ['an empty body', '', 400, 'MissingParameterValueException', /Type$/],
    ['an unknown Type', { Type: 'archive_retrieval' }, 400, 'InvalidParameterValueException'],
    ['a select job without SelectParameters', { Type: 'select', ArchiveId: 'x' }, 400, 'MissingParameterValueException', /SelectParameters$/],
    ['a select job without OutputLocation', { Type: 'select', ArchiveId: 'x', SelectParameters: { Expression: 'select * from archive' } }, 400, 'MissingParameterValueException', /OutputLocation.S3$/],
    ['a select job without a bucket', { Type: 'select', ArchiveId: 'x', SelectParameters: { Expression: 'e' }, OutputLocation: { S3: { Prefix: 'p' } } }, 400, 'MissingParameterValueException', /BucketName$/],
    ['a select job with another expression type', { Type: 'select', ArchiveId: 'x', SelectParameters: { Expression: 'e', ExpressionType: 'XPath' }, OutputLocation: { S3: { BucketName: 'b', Prefix: 'p' } } }, 400, 'InvalidParameterValueException'],
    ['a select job with a RetrievalByteRange', { Type: 'select', ArchiveId: 'x', RetrievalByteRange: '0-1048575' }, 400, 'InvalidParameterValueException'],
    ['archive-retrieval without ArchiveId', { Type: 'archive-retrieval' }, 400, 'MissingParameterValueException', /ArchiveId$/],
    ['an unknown ArchiveId', { Type: 'archive-retrieval', ArchiveId: 'nope' }, 404, 'ResourceNotFoundException', /^The archive ID was not found: nope$/],
    ['ArchiveId on an inventory job (§2.1)', { Type: 'inventory-retrieval', ArchiveId: 'x' }, 400, 'InvalidParameterValueException'],
    ['RetrievalByteRange on an inventory job (§2.1)', { Type: 'inventory-retrieval', RetrievalByteRange: '0-1048575' }, 400, 'InvalidParameterValueException'],
    ['Format on an archive job', { Type: 'archive-retrieval', ArchiveId: 'x', Format: 'CSV' }, 400, 'InvalidParameterValueException'],
    ['OutputLocation on an inventory job', { Type: 'inventory-retrieval', OutputLocation: {} }, 400, 'InvalidParameterValueException'],
    ['an unknown Tier', { Type: 'inventory-retrieval', Tier: 'Fast' }, 400, 'InvalidParameterValueException'],
    ['an unknown Format', { Type: 'inventory-retrieval', Format: 'XML' }, 400, 'InvalidParameterValueException'],
    ['a long Description', { Type: 'inventory-retrieval', Description: 'x'.repeat(1025) }, 400, 'InvalidParameterValueException'],
    ['a non-ASCII Description', { Type: 'inventory-retrieval', Description: 'café' }, 400, 'InvalidParameterValueException'],
    ['an SNSTopic that is no ARN', { Type: 'inventory-retrieval', SNSTopic: 'topic' }, 400, 'InvalidParameterValueException'],
    ['a bad StartDate', { Type: 'inventory-retrieval', InventoryRetrievalParameters: { StartDate: '2013-13-01' } }, 400, 'InvalidParameterValueException'],
    ['StartDate after EndDate', { Type: 'inventory-retrieval', InventoryRetrievalParameters: { StartDate: '2014-01-01T00:00:00Z', EndDate: '2013-01-01T00:00:00Z' } }, 400, 'InvalidParameterValueException'],
    ['Limit 0', { Type: 'inventory-retrieval', InventoryRetrievalParameters: { Limit: '0' } }, 400, 'InvalidParameterValueException'],
    ['an unknown inventory Marker', { Type: 'inventory-retrieval', InventoryRetrievalParameters: { Marker: 'abc' } }, 400, 'InvalidParameterValueException'],
    ['an unknown inventory member', { Type: 'inventory-retrieval', InventoryRetrievalParameters: { Max: '1' } }, 400, 'SerializationException'],
  ];
  it.each(bad)('rejects %s', (_, body, status, code, message) => {
    const { ref, initiate } = setup();
    const response = initiate(body);
    const error = ref.json(response);
    expect([response.status, error.code, error.type]).toEqual([status, code, 'Client']);
    if (message) expect(error.message).toMatch(message);
    expect(ref.state.vaults.get('v')!.jobs.size).toBe(0);
  });

  it('accepts every documented member of an inventory job, null members as absent', () => {
    const { initiate } = setup();
    const response = initiate({
      Type: 'inventory-retrieval',
      Format: 'CSV',
      Description: 'my inventory',
      SNSTopic: 'arn:aws:sns:us-east-1:111122223333:topic',
      Tier: 'Bulk',
      ArchiveId: null,
      InventoryRetrievalParameters: { StartDate: '2013-03-20T17:03:43Z', EndDate: '2030-01-01T00:00:00.000Z', Limit: '10' },
    });
    expect(response.status).toBe(202);
  });

  it('answers 404 for an unknown vault', () => {
    const { ref } = setup();
    expect(ref.send('POST', '/-/vaults/w/jobs', { body: '{"Type":"inventory-retrieval"}' }).status).toBe(404);
  });
});
