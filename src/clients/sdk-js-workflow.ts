import { randomBytes } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import {
  CompleteMultipartUploadCommand,
  CreateVaultCommand,
  DeleteArchiveCommand,
  DeleteVaultCommand,
  DescribeJobCommand,
  DescribeVaultCommand,
  GetJobOutputCommand,
  GlacierClient,
  InitiateJobCommand,
  InitiateMultipartUploadCommand,
  ListPartsCommand,
  ResourceNotFoundException,
  UploadArchiveCommand,
  UploadMultipartPartCommand,
  paginateListJobs,
  paginateListVaults,
  type JobParameters,
} from '@aws-sdk/client-glacier';
import { TreeHash } from '@aws-sdk/sha256-tree-hash';
import { WORKFLOW_STEPS, type WorkflowStep } from './workflow-steps';

const MIB = 1024 * 1024;
const SINGLE_SIZE = 3 * MIB + 1000;
const MULTIPART_SIZE = 4 * MIB + MIB / 2;
const RANGE = [2 * MIB, 4 * MIB - 1] as const; // tree-hash aligned

export interface SdkWorkflowOptions {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly prefix: string;
}

function check(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(what);
}

/** The SDK's own tree hash (the one its Glacier middleware sends). */
async function treeHash(data: Uint8Array): Promise<string> {
  const hash = new TreeHash(Sha256, (text: string) => new TextEncoder().encode(text));
  hash.update(data);
  return Buffer.from(await hash.digest()).toString('hex');
}

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

/**
 * The client workflow through @aws-sdk/client-glacier: its middleware computes the tree
 * hashes and x-amz-content-sha256, its paginators page, its exceptions are typed.
 * Returns the steps passed, in order; throws (naming the step) at the first failure.
 */
export async function runSdkWorkflow(options: SdkWorkflowOptions, log: (step: WorkflowStep) => void = () => {}): Promise<WorkflowStep[]> {
  const client = new GlacierClient({ endpoint: options.endpoint, region: options.region, credentials: options.credentials, maxAttempts: 1 });
  const accountId = '-';
  const vaultName = `${options.prefix}-a`;
  const other = `${options.prefix}-b`;
  const single = randomBytes(SINGLE_SIZE);
  const big = randomBytes(MULTIPART_SIZE);
  const ids: Record<'single' | 'multipart', string> = { single: '', multipart: '' };
  const jobs: string[] = [];
  const listedVaults = async () =>
    (await collect(paginateListVaults({ client, pageSize: 1 }, { accountId }))).flatMap((page) => (page.VaultList ?? []).map((v) => v.VaultName));
  const completed = async (jobParameters: JobParameters) => {
    const { jobId } = await client.send(new InitiateJobCommand({ accountId, vaultName, jobParameters }));
    jobs.push(jobId!);
    const deadline = Date.now() + 30_000;
    while (!(await client.send(new DescribeJobCommand({ accountId, vaultName, jobId: jobId! }))).Completed) {
      check(Date.now() < deadline, `timed out waiting for job ${jobId}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return jobId!;
  };
  const output = async (jobId: string, range?: string) => {
    const response = await client.send(new GetJobOutputCommand({ accountId, vaultName, jobId, ...(range ? { range } : {}) }));
    const body = await response.body!.transformToByteArray();
    return { response, body: Buffer.from(body) };
  };
  const inventory = async (format: 'JSON' | 'CSV') => {
    const { body } = await output(await completed({ Type: 'inventory-retrieval', Format: format }));
    const text = body.toString('utf8');
    const listed =
      format === 'JSON'
        ? (JSON.parse(text).ArchiveList as { ArchiveId: string }[]).map((a) => a.ArchiveId)
        : text.trim().split('\n').slice(1).map((line) => line.split(',')[0]!.replace(/^"|"$/g, ''));
    check(Object.values(ids).every((id) => listed.includes(id)), `the ${format} inventory misses an archive`);
  };

  const steps: Record<WorkflowStep, () => Promise<void>> = {
    vaults: async () => {
      await client.send(new CreateVaultCommand({ accountId, vaultName }));
      await client.send(new CreateVaultCommand({ accountId, vaultName: other }));
      const described = await client.send(new DescribeVaultCommand({ accountId, vaultName }));
      check(described.VaultARN?.endsWith(`:vaults/${vaultName}`), 'DescribeVault ARN');
      const listed = await listedVaults();
      check(listed.includes(vaultName) && listed.includes(other), `ListVaults pages miss a vault: ${listed.join(',')}`);
      await client.send(new DeleteVaultCommand({ accountId, vaultName: other }));
      check(!(await listedVaults()).includes(other), 'a deleted vault is still listed');
    },
    upload: async () => {
      const uploaded = await client.send(new UploadArchiveCommand({ accountId, vaultName, body: single, archiveDescription: 'single' }));
      check(uploaded.checksum === (await treeHash(single)), 'UploadArchive checksum');
      ids.single = uploaded.archiveId!;
    },
    multipart: async () => {
      const { uploadId } = await client.send(new InitiateMultipartUploadCommand({ accountId, vaultName, partSize: String(MIB), archiveDescription: 'multipart' }));
      for (let offset = 0; offset < big.length; offset += MIB) {
        const chunk = big.subarray(offset, offset + MIB);
        const range = `bytes ${offset}-${offset + chunk.length - 1}/*`;
        const part = await client.send(new UploadMultipartPartCommand({ accountId, vaultName, uploadId, range, body: chunk }));
        check(part.checksum === (await treeHash(chunk)), 'UploadMultipartPart checksum');
      }
      const parts = await client.send(new ListPartsCommand({ accountId, vaultName, uploadId }));
      check(parts.Parts?.length === 5, `ListParts lists ${parts.Parts?.length} parts, not 5`);
      const checksum = await treeHash(big);
      const done = await client.send(new CompleteMultipartUploadCommand({ accountId, vaultName, uploadId, archiveSize: String(big.length), checksum }));
      check(done.checksum === checksum, 'CompleteMultipartUpload checksum');
      ids.multipart = done.archiveId!;
    },
    'inventory-json': () => inventory('JSON'),
    'inventory-csv': () => inventory('CSV'),
    'retrieval-whole': async () => {
      const jobId = await completed({ Type: 'archive-retrieval', ArchiveId: ids.single });
      const whole = await output(jobId);
      check(whole.body.equals(single) && whole.response.checksum === (await treeHash(whole.body)), 'whole retrieval');
      const first = await output(jobId, `bytes=0-${MIB - 1}`);
      check(first.response.status === 206 && first.body.equals(single.subarray(0, MIB)), 'ranged GetJobOutput');
      check(first.response.checksum === (await treeHash(first.body)), 'ranged GetJobOutput checksum');
    },
    'retrieval-range': async () => {
      const ranged = await output(await completed({ Type: 'archive-retrieval', ArchiveId: ids.multipart, RetrievalByteRange: `${RANGE[0]}-${RANGE[1]}` }));
      check(ranged.body.equals(big.subarray(RANGE[0], RANGE[1] + 1)), 'ranged retrieval bytes');
      check(ranged.response.checksum === (await treeHash(ranged.body)), 'ranged retrieval checksum');
    },
    'list-jobs': async () => {
      const pages = await collect(paginateListJobs({ client, pageSize: 1 }, { accountId, vaultName }));
      const seen = pages.flatMap((page) => (page.JobList ?? []).map((job) => job.JobId!));
      check(JSON.stringify([...seen].sort()) === JSON.stringify([...jobs].sort()), `ListJobs pages: ${seen.join(',')}`);
    },
    errors: async () => {
      const error = await client.send(new DescribeVaultCommand({ accountId, vaultName: `${options.prefix}-missing` })).catch((e: unknown) => e);
      check(error instanceof ResourceNotFoundException && error.$metadata.httpStatusCode === 404, `DescribeVault of a missing vault: ${String(error)}`);
    },
    cleanup: async () => {
      for (const archiveId of Object.values(ids)) await client.send(new DeleteArchiveCommand({ accountId, vaultName, archiveId }));
      await client.send(new DeleteVaultCommand({ accountId, vaultName }));
    },
  };

  const passed: WorkflowStep[] = [];
  try {
    for (const step of WORKFLOW_STEPS) {
      try {
        await steps[step]();
      } catch (error) {
        throw new Error(`FAILED ${step}: ${(error as Error).name}: ${(error as Error).message}`);
      }
      passed.push(step);
      log(step);
    }
  } finally {
    client.destroy();
  }
  return passed;
}
