import { GlacierErrors, isGlacierError, type GlacierError } from './glacier-errors';
import type { Job, StatusCode } from './glacier-state';
import { describeJob } from './job-description';
import { memoizedPage } from './page-memo';
import { vaultOf, type Operation, type OperationContext } from './operation';
import { jsonResponse } from './reference-http';
import type { ListFilters } from './reference-rules';

const STATUS_CODES: readonly string[] = ['InProgress', 'Succeeded', 'Failed'];

/** The `statuscode` and `completed` filters, validated (§3.2). */
function parseFilters(query: URLSearchParams): ListFilters | GlacierError {
  const statusCode = query.get('statuscode');
  // §4: "The job status code is not valid: finished" (DG:api-error-responses example 2).
  if (statusCode !== null && !STATUS_CODES.includes(statusCode)) return GlacierErrors.badStatusCode(statusCode);
  const completed = query.get('completed');
  // §7 item 9: a Boolean in the DG, a string in the model; on the wire it is the text true/false.
  if (completed !== null && completed !== 'true' && completed !== 'false') {
    return GlacierErrors.invalidParameter(`The completed value is not valid: ${completed}`);
  }
  return { statuscode: statusCode, completed };
}

/**
 * List Jobs (§2.2, §3.2): `{"JobList": [...], "Marker": …}` in initiation order, oldest
 * first. `limit`, `marker`, `statuscode` and `completed` as section 3.2 describes; Marker
 * is the last listed JobId while more jobs follow and an explicit null on the last page
 * (§7 item 7: the DG and real captured output carry "Marker": null).
 */
export const listJobs: Operation = (context: OperationContext) => {
  const { state, route, now, rules } = context;
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const limit = rules.parseListLimit(route.query.get('limit'), state.config);
  if (isGlacierError(limit)) return limit;
  const filters = parseFilters(route.query);
  if (isGlacierError(filters)) return filters;
  const jobs: Job[] = [];
  let statusKey = '';
  for (const job of vault.jobs.values()) {
    const expired = rules.isJobExpired(job, now, state.config);
    if (!expired) jobs.push(job);
    statusKey += expired ? 'x' : rules.jobStatus(job, now)[0];
  }
  const matches = (job: Job) => {
    const status: StatusCode = rules.jobStatus(job, now);
    return rules.matchesListFilters({ status, completed: rules.isCompleted(status) }, filters);
  };
  const page = rules.paginateJobs(jobs, (job) => job.jobId, matches, route.query.get('marker'), limit);
  if (isGlacierError(page)) return page;
  const query = `${limit}\n${route.query.get('marker')}\n${route.query.get('statuscode')}\n${route.query.get('completed')}`;
  const body = memoizedPage(vault.jobs, query, statusKey, () => ({
    JobList: Object.freeze(page.items.map((job) => describeJob(job, now, state.config, rules))),
    Marker: page.nextMarker,
  }));
  return { state, response: jsonResponse(200, body) };
};
