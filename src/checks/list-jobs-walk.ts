import type { ExchangeResponse } from '../core/exchange';

/** The filters a ListJobs walk sent (raw wire values). */
export interface ListJobsFilter {
  readonly statuscode?: string;
  readonly completed?: string;
}

/** One job as a ListJobs page showed it. */
export interface ListedJob {
  readonly JobId: string;
  readonly StatusCode: unknown;
  readonly Completed: unknown;
  readonly CreationDate: unknown;
}

export interface ListJobsPage {
  readonly response: ExchangeResponse;
  readonly jobs: readonly ListedJob[];
  /** `null` when the body said null or left Marker out. */
  readonly marker: string | null;
}

/**
 * A whole walk of ListJobs following Marker, with what the model knew while
 * walking: the vault's jobs in initiation order and the status last seen for
 * each (only Succeeded/Failed are final and safe to require in a filter).
 */
export interface ListJobsWalk {
  readonly limit?: number;
  readonly filter: ListJobsFilter;
  readonly pages: readonly ListJobsPage[];
  /** False when the walk stopped at the page cap with a non-null Marker. */
  readonly ended: boolean;
  readonly modelJobIds: readonly string[];
  readonly finalStatus: ReadonlyMap<string, 'Succeeded' | 'Failed'>;
  /** Jobs initiated while the walk was under way (not required, never repeated). */
  readonly initiatedDuringWalk: readonly string[];
  /** The profile's reading of ListJobs order (§3.2, §9); oldest first when absent. */
  readonly order?: 'oldest-first' | 'monotone';
}

export const listedIds = (walk: ListJobsWalk): string[] => walk.pages.flatMap((page) => page.jobs.map((job) => job.JobId));

export function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}
