import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateVaultCommand,
  InitiateMultipartUploadCommand,
  ListMultipartUploadsCommand,
  ListPartsCommand,
  UploadMultipartPartCommand,
  paginateListVaults,
  DescribeJobCommand,
  GetJobOutputCommand,
  GlacierClient,
  InitiateJobCommand,
  UploadArchiveCommand,
  paginateListJobs,
  type GlacierJobDescription,
} from '@aws-sdk/client-glacier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { MIB, treeHash } from '../treehash';
import { startReferenceServer, type ReferenceServer } from './http-server';
import { patternBytes } from '../testing/reference-test-kit';
import { HASHES, PATTERN_SIZE } from '../testing/section6-fixtures';

const credentials = { accessKeyId: 'AKIDCOMPAT', secretAccessKey: 'compat-secret' };
const archive = patternBytes(PATTERN_SIZE);

describe.each([
  ['without signature checks', false],
  ['with SigV4 verification', true],
])('@aws-sdk/client-glacier against the reference server %s', (_, verify) => {
  const clock = manualClock(Date.now());
  let server: ReferenceServer;
  let client: GlacierClient;

  beforeAll(async () => {
    server = await startReferenceServer({ clock, config: { jobDelayMs: 60_000 }, ...(verify ? { credentials } : {}) });
    client = new GlacierClient({ endpoint: server.url, region: 'us-east-1', credentials, maxAttempts: 1 });
  });
  afterAll(async () => {
    client.destroy();
    await server.close();
  });

  it('creates a vault, uploads, initiates, pages, describes and downloads (§2)', async () => {
    const vaultName = 'compat';
    const created = await client.send(new CreateVaultCommand({ accountId: '-', vaultName }));
    expect(created.location).toBe('/111122223333/vaults/compat');
    const uploaded = await client.send(new UploadArchiveCommand({ accountId: '-', vaultName, body: archive, archiveDescription: 'pattern' }));
    expect(uploaded.checksum).toBe(HASHES.root);
    const small = await client.send(new UploadArchiveCommand({ accountId: '-', vaultName, body: Buffer.from('small archive') }));

    const initiate = (jobParameters: object) => client.send(new InitiateJobCommand({ accountId: '-', vaultName, jobParameters }));
    const whole = await initiate({ Type: 'archive-retrieval', ArchiveId: uploaded.archiveId, Tier: 'Expedited' });
    const ranged = await initiate({ Type: 'archive-retrieval', ArchiveId: uploaded.archiveId, RetrievalByteRange: '2097152-3145732' });
    const inventory = await initiate({ Type: 'inventory-retrieval', Format: 'CSV' });
    await initiate({ Type: 'archive-retrieval', ArchiveId: small.archiveId });
    expect(whole.location).toBe(`/111122223333/vaults/compat/jobs/${whole.jobId}`);
    clock.advance(60_000);

    const listed: GlacierJobDescription[] = [];
    let pages = 0;
    for await (const page of paginateListJobs({ client, pageSize: 1 }, { accountId: '-', vaultName })) {
      pages++;
      listed.push(...(page.JobList ?? []));
    }
    expect(pages).toBe(4);
    expect(listed.map((job) => job.JobId)).toEqual([whole.jobId, ranged.jobId, inventory.jobId, expect.any(String)]);
    expect(listed.every((job) => job.StatusCode === 'Succeeded' && job.Completed === true)).toBe(true);

    const described = await client.send(new DescribeJobCommand({ accountId: '-', vaultName, jobId: ranged.jobId }));
    expect(described).toMatchObject({ RetrievalByteRange: '2097152-3145732', SHA256TreeHash: HASHES.L23, ArchiveSHA256TreeHash: HASHES.root });

    const download = async (jobId: string | undefined, range?: string) => {
      const output = await client.send(new GetJobOutputCommand({ accountId: '-', vaultName, jobId, range }));
      const bytes = Buffer.from(await output.body!.transformToByteArray());
      return { output, bytes };
    };
    const full = await download(whole.jobId);
    expect([full.output.status, full.output.archiveDescription, full.bytes.equals(archive)]).toEqual([200, 'pattern', true]);
    expect(full.output.checksum).toBe(treeHash(full.bytes));
    const part = await download(ranged.jobId, 'bytes=0-1048575');
    expect([part.output.status, part.output.contentRange]).toEqual([206, 'bytes 0-1048575/1048581']);
    expect(part.output.checksum).toBe(treeHash(part.bytes));
    expect(part.bytes.equals(archive.subarray(2097152, 3145728))).toBe(true);
    const unaligned = await download(whole.jobId, 'bytes=0-1023');
    expect([unaligned.output.status, unaligned.output.checksum, unaligned.bytes.length]).toEqual([206, undefined, 1024]);
    const csv = await download(inventory.jobId);
    expect(csv.output.contentType).toBe('text/csv');
    expect(csv.bytes.toString().split('\n')[0]).toBe('ArchiveId,ArchiveDescription,CreationDate,Size,SHA256TreeHash');
  });

  it('lists vaults through the paginator and uploads a 5-part archive with the SDK (model: ListVaults, multipart)', async () => {
    for (const name of ['mp-c', 'mp-a', 'mp-b']) await client.send(new CreateVaultCommand({ accountId: '-', vaultName: name }));
    const names: string[] = [];
    for await (const page of paginateListVaults({ client, pageSize: 2 }, { accountId: '-' })) names.push(...(page.VaultList ?? []).map((vault) => vault.VaultName!));
    expect(names.filter((name) => name.startsWith('mp-'))).toEqual(['mp-a', 'mp-b', 'mp-c']);

    const vaultName = 'mp-a';
    const bytes = patternBytes(4 * MIB + 12_345);
    const started = await client.send(new InitiateMultipartUploadCommand({ accountId: '-', vaultName, partSize: String(MIB), archiveDescription: 'five parts' }));
    const uploadId = started.uploadId!;
    for (let start = 0; start < bytes.length; start += MIB) {
      const body = bytes.subarray(start, start + MIB);
      const range = `bytes ${start}-${start + body.length - 1}/*`;
      const sent = await client.send(new UploadMultipartPartCommand({ accountId: '-', vaultName, uploadId, range, body, checksum: treeHash(body) }));
      expect(sent.checksum).toBe(treeHash(body));
    }
    const parts = await client.send(new ListPartsCommand({ accountId: '-', vaultName, uploadId, limit: 3 }));
    expect([parts.Parts?.length, parts.Marker, parts.PartSizeInBytes, parts.ArchiveDescription]).toEqual([3, expect.any(String), MIB, 'five parts']);
    const uploads = await client.send(new ListMultipartUploadsCommand({ accountId: '-', vaultName }));
    expect(uploads.UploadsList?.map((upload) => upload.MultipartUploadId)).toEqual([uploadId]);
    const done = await client.send(new CompleteMultipartUploadCommand({ accountId: '-', vaultName, uploadId, archiveSize: String(bytes.length), checksum: treeHash(bytes) }));
    expect(done.checksum).toBe(treeHash(bytes));
    expect(done.location).toBe(`/111122223333/vaults/mp-a/archives/${done.archiveId}`);

    const abandoned = await client.send(new InitiateMultipartUploadCommand({ accountId: '-', vaultName, partSize: String(2 * MIB) }));
    await client.send(new AbortMultipartUploadCommand({ accountId: '-', vaultName, uploadId: abandoned.uploadId }));
    await expect(client.send(new ListPartsCommand({ accountId: '-', vaultName, uploadId: abandoned.uploadId }))).rejects.toMatchObject({ name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } });
  });

  it.runIf(verify)('refuses the same SDK signing with another secret (§4)', async () => {
    const wrong = new GlacierClient({ endpoint: server.url, region: 'us-east-1', credentials: { ...credentials, secretAccessKey: 'wrong' }, maxAttempts: 1 });
    await expect(wrong.send(new CreateVaultCommand({ accountId: '-', vaultName: 'other' }))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      $metadata: { httpStatusCode: 403 },
    });
    wrong.destroy();
  });

  it('surfaces reference errors as the SDK exceptions of §4', async () => {
    await expect(client.send(new DescribeJobCommand({ accountId: '-', vaultName: 'compat', jobId: 'nope' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'The job ID was not found: nope',
      $metadata: { httpStatusCode: 404 },
    });
  });
});
