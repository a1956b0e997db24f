import type { Diagnostic } from '../core/diagnostic';
import { defineChecks } from './check-registry';
import { expectError, expectThat } from './expect';
import type { ListJobsWalk } from './list-jobs-walk';
import type { ExchangeResponse } from '../core/exchange';

/** A single ListJobs call with a limit the profile rejects. */
export interface RejectedLimit {
  readonly limit: string;
  readonly response: ExchangeResponse;
  /** Set when the profile reads a limit above the maximum as refused or clamped (§9): the maximum it may be clamped to. */
  readonly clampableTo?: number;
}

/** A 200 page of at most `max` jobs: the limit was clamped. */
function clamped(o: RejectedLimit, max: number): Diagnostic[] | undefined {
  if (o.response.status !== 200 || !(Number(o.limit) > max)) return undefined;
  const jobs = (o.response.json as { JobList?: unknown } | undefined)?.JobList;
  const count = Array.isArray(jobs) ? jobs.length : -1;
  return expectThat('JobList', count >= 0 && count <= max, `${count < 0 ? 'no JobList' : `${count} jobs`} for limit ${o.limit}`, `refused with 400, or clamped to at most ${max} jobs`);
}

export const limitsChecks = defineChecks('limits', {
  'limits.in-range-honoured': (walk: ListJobsWalk): Diagnostic[] =>
    walk.limit === undefined
      ? []
      : walk.pages.flatMap((page, index) => [
          ...expectThat(`pages/${index}/status`, page.response.status === 200, page.response.status, `200 for limit=${walk.limit}`),
          ...expectThat(`pages/${index}/JobList`, page.jobs.length <= walk.limit!, `${page.jobs.length} jobs`, `at most limit=${walk.limit}`),
        ]),

  /** With no more jobs than the default, one page holds them all (§3.2: default 50, or 1000 in aws-2012). */
  'limits.default-applied': ({ walk, defaultLimit }: { walk: ListJobsWalk; defaultLimit: number }): Diagnostic[] => {
    if (walk.limit !== undefined) return [];
    const first = walk.pages[0];
    if (!first) return [];
    const total = walk.modelJobIds.length;
    return [
      ...walk.pages.flatMap((page, index) =>
        expectThat(`pages/${index}/JobList`, page.jobs.length <= defaultLimit, `${page.jobs.length} jobs`, `at most the default limit ${defaultLimit}`),
      ),
      ...(total <= defaultLimit && walk.initiatedDuringWalk.length === 0
        ? expectThat('pages/0/JobList', first.jobs.length === total && first.marker === null, `${first.jobs.length} jobs and Marker ${JSON.stringify(first.marker)}`, `all ${total} jobs on one page (default limit ${defaultLimit})`)
        : []),
    ];
  },

  'limits.out-of-range-rejected': (o: RejectedLimit) =>
    (o.clampableTo !== undefined ? clamped(o, o.clampableTo) : undefined) ?? expectError(o.response, 400, 'InvalidParameterValueException'),

  'limits.non-numeric-rejected': (o: RejectedLimit) => expectError(o.response, 400, 'InvalidParameterValueException'),
});
