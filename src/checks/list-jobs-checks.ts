import type { Diagnostic } from '../core/diagnostic';
import { defineChecks } from './check-registry';
import { expectThat, show } from './expect';
import { duplicates, listedIds, type ListJobsWalk } from './list-jobs-walk';

const unfiltered = (walk: ListJobsWalk) => walk.filter.statuscode === undefined && walk.filter.completed === undefined;

/** Jobs the model knows are final and match the filter: a correct walk must list them. */
function requiredByFilter(walk: ListJobsWalk): string[] {
  return walk.modelJobIds.filter((id) => {
    const status = walk.finalStatus.get(id);
    if (!status) return false;
    if (walk.filter.statuscode !== undefined && walk.filter.statuscode !== status) return false;
    if (walk.filter.completed !== undefined && walk.filter.completed !== 'true') return false;
    return true;
  });
}

function missing(walk: ListJobsWalk, required: readonly string[]): Diagnostic[] {
  const listed = new Set(listedIds(walk));
  const lost = required.filter((id) => !listed.has(id));
  return expectThat('JobList', lost.length === 0, `${listed.size} jobs listed, missing ${show(lost)}`, `every one of ${required.length} jobs`);
}

function fieldFilter(walk: ListJobsWalk, field: 'StatusCode' | 'Completed', wanted: unknown): Diagnostic[] {
  const wrong = walk.pages.flatMap((page) => page.jobs.filter((job) => job[field] !== wanted));
  return expectThat(`JobList/*/${field}`, wrong.length === 0, wrong.map((job) => `${job.JobId}: ${show(job[field])}`), `only jobs with ${field} ${show(wanted)}`);
}

export const listJobsChecks = defineChecks('list-jobs', {
  'list-jobs.walk-visits-every-job-once': (walk: ListJobsWalk): Diagnostic[] => {
    if (!unfiltered(walk) || walk.initiatedDuringWalk.length > 0) return [];
    const ids = listedIds(walk);
    const known = new Set(walk.modelJobIds);
    const strangers = ids.filter((id) => !known.has(id));
    return [
      ...missing(walk, walk.modelJobIds),
      ...expectThat('JobList', duplicates(ids).length === 0, `repeated ${show(duplicates(ids))}`, 'each job exactly once'),
      ...expectThat('JobList', strangers.length === 0, `jobs never initiated in this vault ${show(strangers)}`, 'only the vault\'s jobs'),
    ];
  },

  'list-jobs.page-within-limit': (walk: ListJobsWalk): Diagnostic[] =>
    walk.limit === undefined
      ? []
      : walk.pages.flatMap((page, index) =>
          expectThat(`pages/${index}/JobList`, page.jobs.length <= walk.limit!, `${page.jobs.length} jobs`, `at most limit=${walk.limit}`),
        ),

  'list-jobs.marker-null-on-last-page': (walk: ListJobsWalk): Diagnostic[] => {
    if (!walk.ended) {
      return [{ path: 'Marker', message: `Received: a non-null Marker after ${walk.pages.length} pages (${listedIds(walk).length} jobs listed, the vault has ${walk.modelJobIds.length})\nExpected: Marker null once no more jobs remain` }];
    }
    if (!unfiltered(walk) || walk.initiatedDuringWalk.length > 0) return [];
    // A Marker is owed exactly while jobs remain after the page (§2.2: "null when there are no more jobs").
    const total = new Set(walk.modelJobIds).size;
    let seen = 0;
    return walk.pages.flatMap((page, index) => {
      seen += page.jobs.length;
      const remain = seen < total;
      return expectThat(`pages/${index}/Marker`, (page.marker !== null) === remain, page.marker, remain ? `a Marker: ${total - seen} jobs remain` : 'null: no more jobs remain');
    });
  },

  'list-jobs.creation-order': (walk: ListJobsWalk): Diagnostic[] => {
    const order = new Map(walk.modelJobIds.map((id, index) => [id, index]));
    const positions = listedIds(walk).map((id) => order.get(id)).filter((position): position is number => position !== undefined);
    const breaks = (sign: number) => positions.some((position, index) => index > 0 && sign * (position - positions[index - 1]!) < 0);
    if (walk.order === 'monotone') return expectThat('JobList', !breaks(1) || !breaks(-1), `initiation positions ${show(positions)}`, 'monotone (oldest or newest first, within and across pages; §9 leaves the direction open)');
    return expectThat('JobList', !breaks(1), `initiation positions ${show(positions)}`, 'increasing (oldest first, within and across pages)');
  },

  'list-jobs.statuscode-filter': (walk: ListJobsWalk): Diagnostic[] =>
    walk.filter.statuscode === undefined || walk.filter.completed !== undefined
      ? []
      : [...fieldFilter(walk, 'StatusCode', walk.filter.statuscode), ...missing(walk, requiredByFilter(walk))],

  'list-jobs.completed-filter': (walk: ListJobsWalk): Diagnostic[] =>
    walk.filter.completed === undefined || walk.filter.statuscode !== undefined
      ? []
      : [...fieldFilter(walk, 'Completed', walk.filter.completed === 'true'), ...missing(walk, requiredByFilter(walk))],

  'list-jobs.combined-filters': (walk: ListJobsWalk): Diagnostic[] =>
    walk.filter.completed === undefined || walk.filter.statuscode === undefined
      ? []
      : [
          ...fieldFilter(walk, 'StatusCode', walk.filter.statuscode),
          ...fieldFilter(walk, 'Completed', walk.filter.completed === 'true'),
          ...missing(walk, requiredByFilter(walk)),
        ],

  'list-jobs.walk-stable-under-initiate': (walk: ListJobsWalk): Diagnostic[] => {
    if (walk.initiatedDuringWalk.length === 0 || !unfiltered(walk)) return [];
    const ids = listedIds(walk);
    return [
      ...missing(walk, walk.modelJobIds.filter((id) => !walk.initiatedDuringWalk.includes(id))),
      ...expectThat('JobList', duplicates(ids).length === 0, `repeated ${show(duplicates(ids))}`, 'no job listed twice'),
    ];
  },
});
