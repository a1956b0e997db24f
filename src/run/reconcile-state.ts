import type { GlacierClient } from '../transport/glacier-client';
import { OUTPUT_WINDOW_MS, settleLostUploads, withJob, type RunState, type StateJob } from './run-state';
import type { StateLedger } from './state-ledger';
import { observedJob } from './state-ledger';

/** What reconciliation found: for the one line a resumed run prints. */
export interface Reconciled {
  readonly lostUploads: number;
  readonly jobsFound: number;
  readonly jobsNotFound: number;
  readonly jobsChecked: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether a ListJobs entry is the job `parameters` asked for (§2.1 / §2.2 field names), initiated no earlier than `since`. */
export function listedJobMatches(parameters: string, listed: Record<string, unknown>, since: number): boolean {
  let asked: Record<string, unknown>;
  try {
    asked = JSON.parse(parameters) as Record<string, unknown>;
  } catch {
    return false;
  }
  const action = asked['Type'] === 'inventory-retrieval' ? 'InventoryRetrieval' : asked['Type'] === 'archive-retrieval' ? 'ArchiveRetrieval' : asked['Type'] === 'select' ? 'Select' : undefined;
  if (listed['Action'] !== action) return false;
  if (asked['ArchiveId'] !== undefined && listed['ArchiveId'] !== asked['ArchiveId']) return false;
  if (asked['RetrievalByteRange'] !== undefined && listed['RetrievalByteRange'] !== asked['RetrievalByteRange']) return false;
  if ((asked['Tier'] ?? 'Standard') !== (listed['Tier'] ?? 'Standard') && action === 'ArchiveRetrieval') return false;
  if ((asked['Description'] ?? null) !== (listed['JobDescription'] ?? null)) return false;
  const format = isObject(asked['InventoryRetrievalParameters']) ? asked['InventoryRetrievalParameters']['Format'] : asked['Format'];
  const listedFormat = isObject(listed['InventoryRetrievalParameters']) ? listed['InventoryRetrievalParameters']['Format'] : undefined;
  if (action === 'InventoryRetrieval' && format !== undefined && listedFormat !== undefined && format !== listedFormat) return false;
  const created = typeof listed['CreationDate'] === 'string' ? Date.parse(listed['CreationDate']) : NaN;
  // Clocks differ: a job listed as created up to 10 min before the request was recorded still matches.
  return !Number.isFinite(created) || created >= since - 10 * 60 * 1000;
}

/**
 * Before a resumed run sends anything new: an upload whose answer was lost is recorded as possibly
 * present (only an inventory could name it); a job whose answer was lost is looked for in its vault's
 * ListJobs and recorded when found (never initiated again blindly); every recorded job that may still
 * serve is described once, so the state knows which have completed and which have expired (§9.4).
 */
export async function reconcileState(ledger: StateLedger, client: GlacierClient, now: () => number): Promise<Reconciled> {
  const before = ledger.current();
  const lostUploads = before.archives.filter((archive) => archive.status === 'requested').length;
  ledger.update(settleLostUploads);
  let jobsFound = 0;
  let jobsNotFound = 0;
  const lostVaults = [...new Set(before.jobs.filter((job) => job.status === 'requested').map((job) => job.vault))];
  for (const vault of lostVaults) {
    const listed = await listAllJobs(client, vault);
    const known = new Set(ledger.current().jobs.map((job) => job.jobId).filter(Boolean));
    ledger.update((state) => {
      let next: RunState = state;
      state.jobs.forEach((job, index) => {
        if (job.vault !== vault || job.status !== 'requested') return;
        const match = listed.jobs.find((entry) => typeof entry['JobId'] === 'string' && !known.has(entry['JobId']) && listedJobMatches(job.parameters, entry, job.requestedAt));
        if (!match) {
          jobsNotFound += 1;
          next = withJob(next, index, { ...job, status: 'not-created' });
          return;
        }
        const jobId = match['JobId'] as string;
        known.add(jobId);
        jobsFound += 1;
        // Its InitiateJob answer was lost: the one a replay gives is rebuilt from the job's id, as the listing shows it.
        const headers: Record<string, string> = { location: `/${before.target.accountId}/vaults/${vault}/jobs/${jobId}`, 'x-amz-job-id': jobId, ...(listed.requestId ? { 'x-amzn-requestid': listed.requestId } : {}) };
        const found: StateJob = { ...job, jobId, status: 'InProgress', initiatedAt: job.requestedAt, answer: { status: 202, headers } };
        next = withJob(next, index, observedJob(found, match, now()));
      });
      return next;
    });
  }
  const serving = ledger.current().jobs.filter((job) => job.jobId !== undefined && (job.status === 'InProgress' || (job.status === 'Succeeded' && (job.completedAt ?? now()) + OUTPUT_WINDOW_MS > now())));
  // DescribeJob's answer goes through the ledger, which records the status, the completion, or that the job is gone.
  for (const job of serving) await client.describeJob({ vaultName: job.vault, jobId: job.jobId! });
  return { lostUploads, jobsFound, jobsNotFound, jobsChecked: serving.length };
}

async function listAllJobs(client: GlacierClient, vaultName: string): Promise<{ jobs: Record<string, unknown>[]; requestId?: string }> {
  const jobs: Record<string, unknown>[] = [];
  let marker: string | undefined;
  let requestId: string | undefined;
  for (let page = 0; page < 100; page += 1) {
    const exchange = await client.listJobs({ vaultName, ...(marker ? { marker } : {}) });
    const json = exchange.response?.json;
    requestId ??= exchange.response?.headers['x-amzn-requestid'];
    if (!exchange.outcome.ok || !isObject(json) || !Array.isArray(json['JobList'])) break;
    jobs.push(...json['JobList'].filter(isObject));
    marker = typeof json['Marker'] === 'string' && json['Marker'] !== '' ? json['Marker'] : undefined;
    if (!marker) break;
  }
  return { jobs, ...(requestId ? { requestId } : {}) };
}
