import { formatRetrievalByteRange } from '../treehash';
import type { Job, StatusCode } from './glacier-state';
import { STATUS_MESSAGES, isoDate, selectStatusMessage } from './job-lifecycle';
import { vaultArn, type ReferenceConfig } from './reference-config';
import type { ReferenceRules } from './reference-rules';

/**
 * GlacierJobDescription (§2.3), the body of Describe Job and each element of JobList.
 * Every member is present; §7 item 7 lists a conflict (explicit null in the DG and in
 * real captured output, omitted in the model's examples); we take the DG reading and
 * write non-applicable members as explicit null.
 */
export function describeJob(job: Job, now: number, config: ReferenceConfig, rules: ReferenceRules): Readonly<Record<string, unknown>> {
  const status = rules.jobStatus(job, now);
  const hit = descriptions.get(job);
  if (hit && hit.status === status && hit.config === config) return hit.description;
  const description = Object.freeze(build(job, status, rules.isCompleted(status), config));
  descriptions.set(job, { status, config, description });
  return description;
}

/**
 * A job's description changes only with its status, so the frozen object is handed out
 * again until then: ListJobs pages cost no date formatting, and json-text reuses its text.
 */
const descriptions = new WeakMap<Job, { status: StatusCode; config: ReferenceConfig; description: Readonly<Record<string, unknown>> }>();

function statusMessage(job: Job, status: StatusCode): string {
  if (job.action === 'Select') return selectStatusMessage(status, job.jobOutputPath);
  return status === 'Failed' && job.failureMessage !== undefined ? job.failureMessage : STATUS_MESSAGES[status];
}

function build(job: Job, status: StatusCode, completed: boolean, config: ReferenceConfig): Record<string, unknown> {
  const archive = job.action === 'ArchiveRetrieval' ? job : null;
  const inventory = job.action === 'InventoryRetrieval' ? job : null;
  const select = job.action === 'Select' ? job : null;
  const source = archive ?? select;
  return {
    JobId: job.jobId,
    JobDescription: job.description,
    Action: job.action,
    ArchiveId: source?.archive.archiveId ?? null,
    VaultARN: vaultArn(config, job.vaultName),
    CreationDate: isoDate(job.creationDate),
    Completed: completed,
    StatusCode: status,
    StatusMessage: statusMessage(job, status),
    ArchiveSizeInBytes: source?.archive.bytes.length ?? null,
    // §2.3: the inventory's size once it is ready, null while InProgress.
    InventorySizeInBytes: inventory && completed ? inventory.output.length : null,
    SNSTopic: job.snsTopic,
    CompletionDate: completed ? isoDate(job.readyAt) : null,
    // §7 item 3 lists a conflict (null while InProgress per the model and DG text, set in
    // the DG and X examples); we take the text's reading: null until the job succeeds.
    SHA256TreeHash: archive && status === 'Succeeded' ? archive.retrievedTreeHash : null,
    ArchiveSHA256TreeHash: source?.archive.treeHash ?? null,
    RetrievalByteRange: archive ? formatRetrievalByteRange(archive.retrievedRange) : null,
    Tier: job.tier,
    InventoryRetrievalParameters: inventory
      ? // §3.3: Marker is the continuation marker of a completed inventory, null when exhausted.
        { ...inventory.parameters, Marker: completed ? inventory.continuationMarker : null }
      : null,
    JobOutputPath: select?.jobOutputPath ?? null,
    SelectParameters: select?.selectParameters ?? null,
    OutputLocation: select?.outputLocation ?? null,
  };
}
