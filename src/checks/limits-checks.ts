import type { Diagnostic } from '../core/diagnostic';
import { defineChecks } from './check-registry';
import { expectError, expectThat } from './expect';
import type { ListJobsWalk } from './list-jobs-walk';
import type { ExchangeResponse } from '../core/exchange';

/** A single ListJobs call with a limit the profile rejects. */
export interface RejectedLimit {
  readonly limit: string;
  readonly response: ExchangeResponse;
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

  'limits.out-of-range-rejected': (o: RejectedLimit) => expectError(o.response, 400, 'InvalidParameterValueException'),

  'limits.non-numeric-rejected': (o: RejectedLimit) => expectError(o.response, 400, 'InvalidParameterValueException'),
});
