import type { GlacierReal } from './glacier-real';
import { expectedRangeTreeHash, type ModelJob, type ModelStatus } from './model/glacier-model';

const STATUSES: readonly ModelStatus[] = ['InProgress', 'Succeeded', 'Failed'];
const isModelStatus = (value: unknown): value is ModelStatus => STATUSES.some((status) => status === value);

/**
 * Judges one GlacierJobDescription (from DescribeJob or a ListJobs page)
 * against what the model initiated, then moves the model's status forward.
 * `sentAt` is the scheduler time before the request that returned `body` left,
 * so the job's age is never overstated. `full` is false for ListJobs entries,
 * whose fields the list checks own.
 */
export function observeJob(real: GlacierReal, job: ModelJob, body: Record<string, unknown>, sentAt: number, full = true): void {
  const { recorder } = real;
  recorder.observe('lifecycle.status-forward-only', { previous: job.status, body });
  // After forward-only: a job seen Succeeded and later InProgress regressed, whatever its age.
  const boundMs = real.profile.jobCompletionBoundMs;
  if (boundMs !== undefined) {
    recorder.observe('lifecycle.completes-within-bound', { body, elapsedMs: sentAt - job.initiatedAt, boundMs });
  }
  recorder.observe('lifecycle.completed-matches-status', { body });
  recorder.observe('lifecycle.completion-date', { body });
  if (full) {
    recorder.observe('lifecycle.fields-echo-initiation', { body, initiated: initiatedFields(job) });
    if (job.type === 'archive-retrieval' && job.archive && job.retrieved) {
      recorder.observe('byte-ranges.describe-reports-range', { body, expectedRange: `${job.retrieved.start}-${job.retrieved.end}` });
      recorder.observe('tree-hash.describe-hashes', { body, kind: 'archive', archiveTreeHash: job.archive.treeHash, rangeTreeHash: expectedRangeTreeHash(job.archive, job.retrieved) });
    } else {
      recorder.observe('tree-hash.describe-hashes', { body, kind: 'inventory' });
    }
  }
  const status = body['StatusCode'];
  if (status === 'InProgress') real.notes.sawInProgress = true;
  if (status === 'Succeeded' || status === 'Failed') real.notes.sawCompleted = true;
  // The model only ever moves forward: a regression is the target's fault, reported above.
  if (isModelStatus(status) && job.status === 'InProgress') job.status = status;
}

function initiatedFields(job: ModelJob) {
  return job.type === 'archive-retrieval'
    ? { Action: 'ArchiveRetrieval' as const, ArchiveId: job.archive?.archiveId, Tier: job.tier, JobDescription: job.description }
    : { Action: 'InventoryRetrieval' as const, JobDescription: job.description, Format: job.format };
}
