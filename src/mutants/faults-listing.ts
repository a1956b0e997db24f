import type { Fault } from './faults';
import { paginateAfterMarker, parseListLimit, type Page } from '../reference/job-pagination';

type PageChange = <T>(page: Page<T>, idOf: (item: T) => string, marker: string | null) => Page<T>;

/** The correct page, then changed by `change`: same marker lookup, same filters. */
function changedPage(change: PageChange): typeof paginateAfterMarker {
  return (items, idOf, matches, marker, limit) => {
    const page = paginateAfterMarker(items, idOf, matches, marker, limit);
    return 'items' in page ? change(page, idOf, marker) : page;
  };
}

/** ListJobs paging, filters and limits (§3.2, §7.6): caught by the list-jobs and limits families. */
export const LISTING_FAULTS: readonly Fault[] = [
  {
    name: 'page-skips-job',
    family: 'list-jobs',
    description: 'ListJobs leaves the second job of every page with two or more jobs out, yet continues after it',
    rules: { paginateJobs: changedPage((page) => (page.items.length >= 2 ? { ...page, items: page.items.filter((_, index) => index !== 1) } : page)) },
  },
  {
    name: 'page-repeats-job',
    family: 'list-jobs',
    description: 'Marker names the next-to-last job of a page, so the next page starts with the last one again',
    rules: { paginateJobs: changedPage((page, idOf) => (page.nextMarker !== null && page.items.length >= 2 ? { ...page, nextMarker: idOf(page.items.at(-2)!) } : page)) },
  },
  {
    name: 'page-exceeds-limit',
    family: 'list-jobs',
    description: 'ListJobs pages hold limit+1 jobs (an off-by-one page size)',
    rules: { paginateJobs: (items, idOf, matches, marker, limit) => paginateAfterMarker(items, idOf, matches, marker, limit + 1) },
  },
  {
    name: 'marker-never-null',
    family: 'list-jobs',
    description: 'The last page carries a Marker too (the JobId of its last job, or the marker it was asked with)',
    rules: { paginateJobs: changedPage((page, idOf, marker) => ({ ...page, nextMarker: page.nextMarker ?? (page.items.length > 0 ? idOf(page.items.at(-1)!) : marker) })) },
  },
  {
    name: 'newest-first',
    family: 'list-jobs',
    description: 'ListJobs lists jobs newest first instead of in initiation order',
    rules: { paginateJobs: (items, idOf, matches, marker, limit) => paginateAfterMarker([...items].reverse(), idOf, matches, marker, limit) },
  },
  {
    name: 'statuscode-filter-ignored',
    family: 'list-jobs',
    description: 'ListJobs validates statuscode but lists jobs of every status',
    rules: { matchesListFilters: (job, filters) => filters.completed === null || String(job.completed) === filters.completed },
  },
  {
    name: 'completed-filter-inverted',
    family: 'list-jobs',
    description: 'completed=true lists the jobs in progress and completed=false the completed ones',
    rules: { matchesListFilters: (job, filters) => (filters.statuscode === null || job.status === filters.statuscode) && (filters.completed === null || String(!job.completed) === filters.completed) },
  },
  {
    name: 'limit-ignored',
    family: 'limits',
    description: 'ListJobs validates limit but pages by the default size',
    rules: {
      parseListLimit: (raw, config) => {
        const parsed = parseListLimit(raw, config.listJobsMaxLimit, config.listJobsDefaultLimit);
        return typeof parsed === 'number' ? config.listJobsDefaultLimit : parsed;
      },
    },
  },
  {
    name: 'out-of-range-limit-accepted',
    family: 'limits',
    description: 'A numeric limit outside 1..max is clamped into the range instead of rejected',
    rules: {
      parseListLimit: (raw, config) =>
        raw !== null && /^-?\d{1,10}$/.test(raw)
          ? Math.min(Math.max(Number(raw), 1), config.listJobsMaxLimit)
          : parseListLimit(raw, config.listJobsMaxLimit, config.listJobsDefaultLimit),
    },
  },
  {
    name: 'default-limit-wrong',
    family: 'limits',
    description: 'Without limit, ListJobs pages by 10 jobs instead of the profile\'s default',
    rules: { parseListLimit: (raw, config) => (raw === null ? 10 : parseListLimit(raw, config.listJobsMaxLimit, config.listJobsDefaultLimit)) },
  },
];
