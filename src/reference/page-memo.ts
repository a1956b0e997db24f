import type { Job } from './glacier-state';

/** At most this many different queries are remembered per job list; more start the memo afresh. */
const MAX_QUERIES = 64;

const pages = new WeakMap<ReadonlyMap<string, Job>, Map<string, { readonly key: string; readonly body: object }>>();

/**
 * The ListJobs body for `jobs` (an immutable map: a new one exists after every change),
 * a query and the jobs' current statuses, built once and then handed out again. The body
 * is frozen, so its serialized bytes are remembered too (reference-http.ts): a client
 * polling the same page costs no description and no serialization. `statusKey` must
 * change whenever any job's status or visibility does, which is all that time changes.
 */
export function memoizedPage(jobs: ReadonlyMap<string, Job>, query: string, statusKey: string, build: () => object): object {
  let byQuery = pages.get(jobs);
  if (!byQuery) pages.set(jobs, (byQuery = new Map()));
  const hit = byQuery.get(query);
  if (hit && hit.key === statusKey) return hit.body;
  const body = Object.freeze(build());
  if (byQuery.size >= MAX_QUERIES) byQuery.clear();
  byQuery.set(query, { key: statusKey, body });
  return body;
}
