import type { TranscriptEntry } from '../transport/transcript';

/**
 * How many jobs the run initiated (202 with x-amz-job-id, §2.1) that no Describe Job or
 * List Jobs answer has shown completed yet: what a run against slow jobs is waiting for.
 * Pure; an approximation once the transcript drops its oldest entries.
 */
export function pendingJobs(entries: readonly TranscriptEntry[]): number {
  const pending = new Set<string>();
  for (const entry of entries) {
    const response = entry.response;
    if (!response) continue;
    const id = response.headers['x-amz-job-id'];
    if (entry.operation === 'InitiateJob' && response.status === 202 && id) pending.add(id);
    for (const job of describedJobs(response.json)) if (job.Completed === true) pending.delete(String(job.JobId));
  }
  return pending.size;
}

function describedJobs(json: unknown): { JobId?: unknown; Completed?: unknown }[] {
  if (json === null || typeof json !== 'object') return [];
  const body = json as { JobList?: unknown; JobId?: unknown };
  if (Array.isArray(body.JobList)) return body.JobList.filter((job): job is { JobId?: unknown } => job !== null && typeof job === 'object');
  return body.JobId === undefined ? [] : [body];
}
