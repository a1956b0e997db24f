import type { ReferenceConfig } from './reference-config';
import type { Job, StatusCode } from './glacier-state';

/**
 * A job's life on the injected clock (glacier-jobs-api.md §3.3): InProgress until its
 * `readyAt`, then Succeeded. Status is derived from the time rather than stored, so
 * reading a job never needs a state transition and the core stays a pure function.
 * A job fails only when its archive is deleted before the retrieval completes (see
 * delete-archive.ts): it is then Failed from the deletion on, with a status message.
 */
export function jobStatusAt(job: Job, now: number): StatusCode {
  if (now < job.readyAt) return 'InProgress';
  return job.failureMessage === undefined ? 'Succeeded' : 'Failed';
}

/**
 * Whether a completed job has aged out: completed jobs are kept at least 24 h, then
 * removed, after which the JobId is unknown (§3.2, §3.3; ResourceNotFound inferred).
 */
export function isJobExpiredAt(job: Job, now: number, config: ReferenceConfig): boolean {
  return now >= job.readyAt + config.jobRetentionMs;
}

/** `Completed` of GlacierJobDescription: true once Succeeded or Failed (§2.3). */
export function isCompleted(status: StatusCode): boolean {
  return status !== 'InProgress';
}

/** The StatusMessage wording of the DG examples (§2.3). */
export const STATUS_MESSAGES: Readonly<Record<StatusCode, string>> = {
  InProgress: 'Operation in progress.',
  Succeeded: 'Succeeded',
  Failed: 'Failed',
};

/** StatusMessage of a retrieval whose archive was deleted while it ran (wording of the reference's own). */
export const ARCHIVE_DELETED_MESSAGE = 'The archive was deleted before the retrieval completed';

/** StatusMessage of a select job: the reference cannot write its results to S3. */
export function selectStatusMessage(status: StatusCode, jobOutputPath: string): string {
  if (status === 'InProgress') return STATUS_MESSAGES.InProgress;
  return `${STATUS_MESSAGES[status]}. The glacier-conformance reference has no S3: no results were written to ${jobOutputPath}`;
}

/** ISO 8601 UTC with milliseconds, the form the service uses inside JSON (§1). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}
