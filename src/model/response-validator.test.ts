import { describe, expect, it } from 'vitest';
import { createResponseValidator } from './response-validator';
import { loadModel } from '../model/model-file';

const validate = createResponseValidator(loadModel());
const COMMON = { 'x-amzn-RequestId': 'req-1', Date: 'Sun, 25 Mar 2012 12:00:00 GMT' };
const JSON_HEADERS = { ...COMMON, 'Content-Type': 'application/json' };

/** A finished inventory job as AWS lists it: every non-applicable field an explicit null (§2.3). */
const inventoryJob = {
  Action: 'InventoryRetrieval', ArchiveId: null, ArchiveSHA256TreeHash: null, ArchiveSizeInBytes: null,
  Completed: true, CompletionDate: '2013-01-01T10:36:55.547Z', CreationDate: '2013-01-01T06:35:58.317Z',
  InventorySizeInBytes: 12345, JobDescription: null, JobId: 'x7gC8nTc-n0ExEvyzu1gTm0D3OJy-Example',
  RetrievalByteRange: null, SHA256TreeHash: null, SNSTopic: null, StatusCode: 'Succeeded', StatusMessage: 'Succeeded',
  VaultARN: 'arn:aws:glacier:us-east-1:123456789012:vaults/test1', Tier: 'Standard',
  InventoryRetrievalParameters: { Format: 'JSON', StartDate: null, EndDate: null, Limit: null, Marker: null },
};
/** An archive retrieval in progress, fields omitted the way the X examples do (§7.7). */
const archiveJob = {
  Action: 'ArchiveRetrieval', ArchiveId: 'kKB7ymWJVpPSwhGP6ycSOAekp9ZYe_--zM_mw6k76ZFGEIWQX-ybtRDvc2VkPSDtfKmQrj0IRQLSGsNuDp-AJVlu2ccmDSyDUmZwKbwbpAdGATGDiB3hHO0bjbGehXTcApVud_wyDw',
  ArchiveSizeInBytes: 3145733, ArchiveSHA256TreeHash: 'c9e0c11a00161b193e0a1b3692ec553d4033a887f2086a7cadd4cd722d87f09f',
  Completed: false, CreationDate: '2015-07-17T20:23:41.616Z', JobId: 'l7IL5-EkXyEY9Ws95fClzIbk2O5uLYaFdAYOi-azsX_Z8V6NH4yERHzars8wTKYQMX6nBDI9cMNHzyZJO59-8N9aHWav',
  RetrievalByteRange: '0-3145732', StatusCode: 'InProgress', Tier: 'Bulk', VaultARN: 'arn:aws:glacier:us-west-2:012345678901:vaults/my-vault',
};

describe('createResponseValidator', () => {
  it('§2.3: accepts a realistic DescribeJob response', () => {
    expect(validate('DescribeJob', 200, JSON_HEADERS, JSON.stringify(inventoryJob))).toEqual([]);
  });

  it('§2.2, §7.7: accepts a ListJobs page with explicit nulls and one with omitted fields, as text, bytes or parsed JSON', () => {
    const page = { JobList: [inventoryJob, archiveJob], Marker: null };
    expect(validate('ListJobs', 200, JSON_HEADERS, JSON.stringify(page))).toEqual([]);
    expect(validate('ListJobs', 200, new Headers(JSON_HEADERS), new TextEncoder().encode(JSON.stringify(page)))).toEqual([]);
    expect(validate('ListJobs', 200, JSON_HEADERS, { JobList: [archiveJob] })).toEqual([]);
  });

  it('§2.3: rejects wrong JSON types with Received/Expected messages at the field', () => {
    const wrong = { ...inventoryJob, Completed: 'true', InventorySizeInBytes: '12345', StatusCode: 'Done' };
    expect(validate('DescribeJob', 200, JSON_HEADERS, wrong)).toEqual([
      { path: 'body/Completed', message: 'Received: "true" / Expected: type boolean' },
      { path: 'body/StatusCode', message: 'Received: "Done" / Expected: one of "InProgress", "Succeeded", "Failed"' },
      { path: 'body/InventorySizeInBytes', message: 'Received: "12345" / Expected: type integer or null' },
    ]);
  });

  it('§2.2: reports a missing JobList and a wrong nested type inside a nullable object', () => {
    const job = { ...inventoryJob, InventoryRetrievalParameters: { Format: 'XML' } };
    expect(validate('ListJobs', 200, JSON_HEADERS, { Marker: null })).toEqual([{ path: 'body/JobList', message: 'Received: (absent) / Expected: required property JobList' }]);
    expect(validate('ListJobs', 200, JSON_HEADERS, { JobList: [job] })).toEqual([
      { path: 'body/JobList/0/InventoryRetrievalParameters/Format', message: 'Received: "XML" / Expected: one of "CSV", "JSON", null' },
    ]);
  });

  it('rejects a status the operation does not document', () => {
    expect(validate('DescribeJob', 201, JSON_HEADERS, inventoryJob)).toEqual([
      { path: 'status', message: 'Received: 201 / Expected: one of 200, 400, 403, 404, 500 (documented for DescribeJob)' },
    ]);
  });

  it('§2.1: requires Location and x-amz-job-id on 202 and checks their form', () => {
    expect(validate('InitiateJob', 202, { ...COMMON, Location: '/-/vaults/v/jobs/J' }, '')).toEqual([
      { path: 'header:Location', message: 'Received: "/-/vaults/v/jobs/J" / Expected: a string matching /^/[0-9]{12}/vaults/[A-Za-z0-9_.-]{1,255}/jobs/[^/]+$/' },
      { path: 'header:x-amz-job-id', message: 'Received: (absent) / Expected: header x-amz-job-id (required)' },
    ]);
  });

  it('§1: requires x-amzn-RequestId on error responses too, and checks the error body', () => {
    const diagnostics = validate('DescribeJob', 404, { 'content-type': 'application/json' }, { code: 'ResourceNotFoundException', message: 'x', type: 'Client' });
    expect(diagnostics.map((d) => d.path)).toEqual(['header:x-amzn-RequestId', 'header:Date']);
    expect(validate('DescribeJob', 404, JSON_HEADERS, { code: 'ResourceNotFoundException', message: 'x' })).toEqual([
      { path: 'body/type', message: 'Received: (absent) / Expected: required property type' },
    ]);
  });

  it('reports an undocumented media type, a body that is not JSON, and a body on 204', () => {
    expect(validate('DescribeJob', 200, { ...COMMON, 'Content-Type': 'text/plain' }, 'hi')).toEqual([
      { path: 'header:Content-Type', message: 'Received: text/plain / Expected: one of application/json' },
    ]);
    expect(validate('DescribeJob', 200, JSON_HEADERS, '<html>')).toEqual([{ path: 'body', message: 'Received: "<html>" / Expected: a JSON document' }]);
    expect(validate('DeleteArchive', 204, COMMON, 'x')).toEqual([{ path: 'body', message: 'Received: "x" / Expected: empty body' }]);
  });

  it('§2.4: accepts archive bytes on 206 with Content-Range and rejects a malformed Content-Range', () => {
    const headers = { ...COMMON, 'Content-Type': 'application/octet-stream', 'Content-Range': 'bytes 0-1023/8388608' };
    expect(validate('GetJobOutput', 206, headers, new Uint8Array(1024))).toEqual([]);
    expect(validate('GetJobOutput', 206, { ...headers, 'Content-Range': 'bytes=0-1023' }, new Uint8Array(1024)).map((d) => d.path)).toEqual(['header:Content-Range']);
  });

  it('§3.5: checks only the media type of a 206 body, which may be a slice of a JSON inventory', () => {
    const headers = { ...COMMON, 'Content-Type': 'application/json', 'Content-Range': 'bytes 0-9/797' };
    expect(validate('GetJobOutput', 206, headers, '{"VaultARN')).toEqual([]);
    expect(validate('GetJobOutput', 200, headers, '{"VaultARN')).toEqual([{ path: 'body', message: 'Received: "{\\"VaultARN" / Expected: a JSON document' }]);
    expect(validate('GetJobOutput', 206, { ...headers, 'Content-Type': 'text/html' }, '<p>').map((d) => d.path)).toEqual(['header:Content-Type']);
  });

  it('names the operations it knows when given an unknown one', () => {
    expect(validate('ListVaults', 200, COMMON, '')[0]!.message).toMatch(/^Received: ListVaults \/ Expected: one of InitiateJob, ListJobs, /);
  });
});

describe('createResponseValidator on hostile bodies (issue 15)', () => {
  const bad = (index: number) => ({ JobId: `j-${index}`, StatusCode: 'InProgress', Completed: false });

  it('reports a page of 100,000 invalid jobs with a bounded list that starts at the first job', () => {
    const diagnostics = validate('ListJobs', 200, JSON_HEADERS, { JobList: Array.from({ length: 100_000 }, (_, index) => bad(index)), Marker: null });
    expect(diagnostics.length).toBeLessThanOrEqual(22);
    expect(diagnostics[0]!.path).toBe('body/JobList/0/Action');
    expect(diagnostics.at(-1)!.message).toContain('problems are listed for the first 100 only');
  });

  it('still finds the one invalid job far beyond the fully listed first 100', () => {
    const JobList: unknown[] = Array.from({ length: 5_000 }, () => archiveJob);
    JobList[4321] = bad(4321);
    const diagnostics = validate('ListJobs', 200, JSON_HEADERS, { JobList, Marker: null });
    expect(diagnostics[0]!.path).toMatch(/^body\/JobList\/4321\//);
  });
});
