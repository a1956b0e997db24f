import { describe, expect, it } from 'vitest';
import { listJobsChecks } from './list-jobs-checks';
import type { ListJobsWalk } from './list-jobs-walk';

const response = { status: 200, headers: {}, bytes: 0 };
const job = (JobId: string, StatusCode = 'Succeeded') => ({ JobId, StatusCode, Completed: StatusCode !== 'InProgress', CreationDate: '2026-01-01T00:00:00.000Z' });

function walk(pages: string[][], markers: (string | null)[], extra: Partial<ListJobsWalk> = {}): ListJobsWalk {
  return {
    limit: 2,
    filter: {},
    pages: pages.map((ids, index) => ({ response, jobs: ids.map((id) => job(id)), marker: markers[index] ?? null })),
    ended: true,
    modelJobIds: ['a', 'b', 'c'],
    finalStatus: new Map([['a', 'Succeeded'], ['b', 'Succeeded'], ['c', 'Succeeded']] as const),
    initiatedDuringWalk: [],
    ...extra,
  };
}

describe('listJobsChecks', () => {
  it('passes a correct two-page walk', () => {
    const correct = walk([['a', 'b'], ['c']], ['b', null]);
    for (const check of Object.values(listJobsChecks)) expect(check(correct as never)).toEqual([]);
  });

  it('reports a skipped job with Received/Expected', () => {
    const [diagnostic] = listJobsChecks['list-jobs.walk-visits-every-job-once'](walk([['a', 'b'], []], ['b', null]));
    expect(diagnostic?.message).toMatch(/Received: 2 jobs listed, missing \["c"\]\nExpected: every one of 3 jobs/);
  });

  it('reports a page over the limit and a repeated job', () => {
    expect(listJobsChecks['list-jobs.page-within-limit'](walk([['a', 'b', 'c']], [null]))).toHaveLength(1);
    expect(listJobsChecks['list-jobs.walk-visits-every-job-once'](walk([['a', 'b'], ['b', 'c']], ['b', null]))).toHaveLength(1);
  });

  it('requires Marker null exactly when no job remains', () => {
    expect(listJobsChecks['list-jobs.marker-null-on-last-page'](walk([['a', 'b'], ['c'], []], ['b', 'c', null]))).toHaveLength(1);
    expect(listJobsChecks['list-jobs.marker-null-on-last-page'](walk([['a', 'b']], ['b'], { ended: false }))).toHaveLength(1);
  });

  it('reports jobs out of creation order', () => {
    expect(listJobsChecks['list-jobs.creation-order'](walk([['b', 'a'], ['c']], ['a', null]))).toHaveLength(1);
  });

  it.each([
    ['oldest-first', [['a', 'b'], ['c']], 0],
    ['oldest-first', [['c', 'b'], ['a']], 1],
    ['monotone', [['c', 'b'], ['a']], 0],
    ['monotone', [['a', 'b'], ['c']], 0],
    ['monotone', [['b', 'a'], ['c']], 1],
  ] as const)('reads ListJobs order as %s: %j gives %d diagnostics (§9 leaves the direction open)', (order, pages, count) => {
    const listed = walk(pages.map((page) => [...page]), [pages[0]!.at(-1)!, null], { order });
    expect(listJobsChecks['list-jobs.creation-order'](listed)).toHaveLength(count);
  });

  it('reports a statuscode filter that lets another status through', () => {
    const filtered = { ...walk([['a', 'b']], [null]), filter: { statuscode: 'InProgress' } };
    expect(listJobsChecks['list-jobs.statuscode-filter'](filtered)).toHaveLength(1);
  });
});
