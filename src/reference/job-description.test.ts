import { describe, expect, it } from 'vitest';
import { MIB } from '../treehash';
import { patternBytes, testReference } from '../testing/reference-test-kit';

const ROOT = 'c9e0c11a00161b193e0a1b3692ec553d4033a887f2086a7cadd4cd722d87f09f';
const H23 = '35e6bf6dfac666483bda3a35065b1e389741608ab2ddec6a51b2dcfd1e26442b';
const FIELDS = [
  'JobId', 'JobDescription', 'Action', 'ArchiveId', 'VaultARN', 'CreationDate', 'Completed', 'StatusCode',
  'StatusMessage', 'ArchiveSizeInBytes', 'InventorySizeInBytes', 'SNSTopic', 'CompletionDate', 'SHA256TreeHash',
  'ArchiveSHA256TreeHash', 'RetrievalByteRange', 'Tier', 'InventoryRetrievalParameters', 'JobOutputPath',
  'SelectParameters', 'OutputLocation',
];

function setup() {
  const ref = testReference({ config: { jobDelayMs: 5000 } });
  ref.createVault('v');
  const archiveId = ref.upload('v', patternBytes(3 * MIB + 5), 'pattern');
  const describe = (jobId: string) => ref.json(ref.send('GET', `/-/vaults/v/jobs/${jobId}`));
  return { ref, archiveId, describe };
}

describe('DescribeJob', () => {
  it('returns every GlacierJobDescription member, non-applicable ones as null, while InProgress (§2.3, §7 items 3 and 7)', () => {
    const { ref, archiveId, describe: get } = setup();
    const jobId = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archiveId, Description: 'mine' });
    const body = get(jobId);
    expect(Object.keys(body).sort()).toEqual([...FIELDS].sort());
    expect(body).toEqual({
      JobId: jobId,
      JobDescription: 'mine',
      Action: 'ArchiveRetrieval',
      ArchiveId: archiveId,
      VaultARN: 'arn:aws:glacier:us-east-1:111122223333:vaults/v',
      CreationDate: '2026-01-01T00:00:00.000Z',
      Completed: false,
      StatusCode: 'InProgress',
      StatusMessage: 'Operation in progress.',
      ArchiveSizeInBytes: 3145733,
      InventorySizeInBytes: null,
      SNSTopic: null,
      CompletionDate: null,
      SHA256TreeHash: null,
      ArchiveSHA256TreeHash: ROOT,
      RetrievalByteRange: '0-3145732',
      Tier: 'Standard',
      InventoryRetrievalParameters: null,
      JobOutputPath: null,
      SelectParameters: null,
      OutputLocation: null,
    });
  });

  it('moves to Succeeded after the configured delay on the injected clock (§3.3)', () => {
    const { ref, archiveId, describe: get } = setup();
    const jobId = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archiveId });
    ref.clock.advance(4999);
    expect(get(jobId).StatusCode).toBe('InProgress');
    ref.clock.advance(1);
    expect(get(jobId)).toMatchObject({
      StatusCode: 'Succeeded',
      StatusMessage: 'Succeeded',
      Completed: true,
      CompletionDate: '2026-01-01T00:00:05.000Z',
      SHA256TreeHash: ROOT,
    });
  });

  it.each([
    ['2097152-3145732', H23],
    ['0-1048575', '631b84027d6b9e52b539c4e8373622d23032dfadc64d60af87339c9037e4f769'],
    ['1048576-3145727', null],
    ['0-3145727', null],
  ])('reports RetrievalByteRange %s with SHA256TreeHash %s once succeeded (§3.3, §6)', (range, hash) => {
    const { ref, archiveId, describe: get } = setup();
    const jobId = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archiveId, RetrievalByteRange: range, Tier: 'Expedited' });
    ref.clock.advance(5000);
    expect(get(jobId)).toMatchObject({ RetrievalByteRange: range, SHA256TreeHash: hash, ArchiveSHA256TreeHash: ROOT, Tier: 'Expedited' });
  });

  it('describes an inventory job with its parameters, size once ready, and echoes SNSTopic (§2.3, §3.3)', () => {
    const { ref, describe: get } = setup();
    const topic = 'arn:aws:sns:us-east-1:111122223333:t';
    const jobId = ref.initiate('v', { Type: 'inventory-retrieval', SNSTopic: topic, InventoryRetrievalParameters: { Limit: '5' } });
    const pending = get(jobId);
    expect(pending).toMatchObject({
      Action: 'InventoryRetrieval',
      ArchiveId: null,
      ArchiveSizeInBytes: null,
      InventorySizeInBytes: null,
      SHA256TreeHash: null,
      ArchiveSHA256TreeHash: null,
      RetrievalByteRange: null,
      SNSTopic: topic,
      InventoryRetrievalParameters: { Format: 'JSON', StartDate: null, EndDate: null, Limit: '5', Marker: null },
    });
    expect(Object.keys(pending)).toHaveLength(FIELDS.length);
    ref.clock.advance(5000);
    const output = ref.send('GET', `/-/vaults/v/jobs/${jobId}/output`);
    expect(get(jobId).InventorySizeInBytes).toBe(Number(output.headers['content-length']));
  });

  it('answers 404 with the quoted message for an unknown job (§4)', () => {
    const { ref } = setup();
    const response = ref.send('GET', '/-/vaults/v/jobs/HkF9p6o7yjhFx');
    expect([response.status, ref.json(response)]).toEqual([
      404,
      { code: 'ResourceNotFoundException', message: 'The job ID was not found: HkF9p6o7yjhFx', type: 'Client' },
    ]);
  });

  it('forgets a job once the retention after completion has passed (§3.3)', () => {
    const ref = testReference({ config: { jobDelayMs: 10, jobRetentionMs: 100 } });
    ref.createVault('v');
    const jobId = ref.initiate('v', { Type: 'inventory-retrieval' });
    ref.clock.advance(109);
    expect(ref.send('GET', `/-/vaults/v/jobs/${jobId}`).status).toBe(200);
    ref.clock.advance(1);
    expect(ref.send('GET', `/-/vaults/v/jobs/${jobId}`).status).toBe(404);
    expect(ref.json(ref.send('GET', '/-/vaults/v/jobs')).JobList).toEqual([]);
  });

  it('keeps a prepared job answering after its vault lost the archive (§2.5; one still preparing fails: job-outcomes.test.ts)', () => {
    const { ref, archiveId, describe: get } = setup();
    const jobId = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archiveId });
    ref.clock.advance(5000);
    ref.send('DELETE', `/-/vaults/v/archives/${archiveId}`);
    expect(get(jobId).StatusCode).toBe('Succeeded');
    expect(ref.send('GET', `/-/vaults/v/jobs/${jobId}/output`).status).toBe(200);
  });
});
