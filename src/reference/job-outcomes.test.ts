import { describe, expect, it } from 'vitest';
import { MIB } from '../treehash';
import { patternBytes, testReference } from '../testing/reference-test-kit';

const archive = patternBytes(2 * MIB);
const SELECT = {
  Type: 'select',
  Tier: 'Expedited',
  SelectParameters: { InputSerialization: { csv: { FileHeaderInfo: 'USE' } }, ExpressionType: 'SQL', Expression: 'SELECT * FROM archive', OutputSerialization: { csv: {} } },
  OutputLocation: { S3: { BucketName: 'bucket', Prefix: 'out/' } },
};

function setup(config = {}) {
  const ref = testReference({ config });
  ref.createVault('v');
  const archiveId = ref.upload('v', archive);
  const describe = (jobId: string) => ref.json(ref.send('GET', `/-/vaults/v/jobs/${jobId}`));
  return { ref, archiveId, describe };
}

describe('a retrieval whose archive is deleted before it completes', () => {
  it('fails at the deletion with a status message, and is listed under statuscode=Failed', () => {
    const { ref, archiveId, describe } = setup();
    const jobId = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archiveId });
    ref.clock.advance(400);
    expect(ref.send('DELETE', `/-/vaults/v/archives/${archiveId}`).status).toBe(204);
    expect(describe(jobId)).toMatchObject({
      StatusCode: 'Failed',
      Completed: true,
      StatusMessage: 'The archive was deleted before the retrieval completed',
      CompletionDate: '2026-01-01T00:00:00.400Z',
      SHA256TreeHash: null,
    });
    expect(ref.json(ref.send('GET', '/-/vaults/v/jobs?statuscode=Failed')).JobList.map((job: { JobId: string }) => job.JobId)).toEqual([jobId]);
    const output = ref.send('GET', `/-/vaults/v/jobs/${jobId}/output`);
    expect([output.status, ref.json(output).message]).toEqual([400, `The job is not currently available for download: ${jobId}`]);
  });

  it.each([
    ['a retrieval completed before the deletion', {}, 1000, 'Succeeded'],
    ['a retrieval in progress with failRetrievalsOfDeletedArchives off', { failRetrievalsOfDeletedArchives: false }, 0, 'Succeeded'],
  ])('leaves %s to succeed', (_name, config, before, status) => {
    const { ref, archiveId, describe } = setup(config);
    const jobId = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archiveId });
    ref.clock.advance(before);
    ref.send('DELETE', `/-/vaults/v/archives/${archiveId}`);
    ref.clock.advance(1000);
    expect(describe(jobId).StatusCode).toBe(status);
    expect(ref.send('GET', `/-/vaults/v/jobs/${jobId}/output`).status).toBe(200);
  });

  it('does not touch inventory jobs or retrievals of other archives', () => {
    const { ref, archiveId, describe } = setup();
    const other = ref.upload('v', Buffer.from('other'));
    const inventory = ref.initiate('v', { Type: 'inventory-retrieval' });
    const retrieval = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: other });
    ref.send('DELETE', `/-/vaults/v/archives/${archiveId}`);
    ref.clock.advance(1000);
    expect([describe(inventory).StatusCode, describe(retrieval).StatusCode]).toEqual(['Succeeded', 'Succeeded']);
  });
});

describe('a select job', () => {
  it('is accepted and described as AWS describes it, and says its output went nowhere', () => {
    const { ref, archiveId, describe } = setup();
    const jobId = ref.initiate('v', { ...SELECT, ArchiveId: archiveId, Description: 'query' });
    expect(describe(jobId)).toMatchObject({ Action: 'Select', StatusCode: 'InProgress', StatusMessage: 'Operation in progress.' });
    ref.clock.advance(1000);
    const described = describe(jobId);
    expect(described).toMatchObject({
      Action: 'Select',
      ArchiveId: archiveId,
      ArchiveSizeInBytes: archive.length,
      StatusCode: 'Succeeded',
      Completed: true,
      Tier: 'Expedited',
      JobDescription: 'query',
      SelectParameters: SELECT.SelectParameters,
      OutputLocation: SELECT.OutputLocation,
      JobOutputPath: `s3://bucket/out/${jobId}/`,
      RetrievalByteRange: null,
      InventoryRetrievalParameters: null,
    });
    expect(described.StatusMessage).toBe(`Succeeded. The glacier-conformance reference has no S3: no results were written to s3://bucket/out/${jobId}/`);
    const output = ref.send('GET', `/-/vaults/v/jobs/${jobId}/output`);
    expect([output.status, ref.json(output).code]).toEqual([400, 'InvalidParameterValueException']);
  });

  it('answers 404 for an unknown archive', () => {
    const { ref } = setup();
    expect(ref.send('POST', '/-/vaults/v/jobs', { body: JSON.stringify({ ...SELECT, ArchiveId: 'nope' }) }).status).toBe(404);
  });
});
