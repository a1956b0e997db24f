import { createHash } from 'node:crypto';
import type { Family } from '../checks/check-definition';
import { jobStatusAt } from './job-lifecycle';
import { paginateAfterMarker, parseListLimit } from './job-pagination';
import type { ReferenceRules } from './reference-rules';
import { resolveOutputRange } from './output-range';

/**
 * A faulty variant of the reference: exactly one rule replaced. The suite's
 * own tests run it to prove the family meant to catch the fault does.
 */
export interface Fault {
  readonly name: string;
  /** The invariant family that must catch it. */
  readonly family: Family;
  readonly description: string;
  readonly rules: Partial<ReferenceRules>;
}

export const FAULTS: readonly Fault[] = [
  {
    name: 'page-skips-job',
    family: 'list-jobs',
    description: 'ListJobs leaves the second job of every page with two or more jobs out, yet continues after it',
    rules: {
      paginateJobs: (items, idOf, matches, marker, limit) => {
        const page = paginateAfterMarker(items, idOf, matches, marker, limit);
        return 'items' in page && page.items.length >= 2 ? { ...page, items: page.items.filter((_, index) => index !== 1) } : page;
      },
    },
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
    name: 'exclusive-range-end',
    family: 'byte-ranges',
    description: 'GetJobOutput treats the end of Range as exclusive and returns one byte less',
    rules: {
      resolveOutputRange: (header, size) => {
        const resolved = resolveOutputRange(header, size);
        return 'kind' in resolved && resolved.kind === 'partial' && resolved.range.end > resolved.range.start
          ? { kind: 'partial', range: { start: resolved.range.start, end: resolved.range.end - 1 } }
          : resolved;
      },
    },
  },
  {
    name: 'plain-sha256',
    family: 'tree-hash',
    description: 'Output checksums are the linear SHA-256 of the bytes instead of their tree hash',
    rules: { rangeTreeHash: (archive, range) => createHash('sha256').update(archive.bytes.subarray(range.start, range.end + 1)).digest('hex') },
  },
  {
    name: 'tree-hash-header-on-unaligned-range',
    family: 'tree-hash',
    description: 'GetJobOutput sends x-amz-sha256-tree-hash for every range, aligned or not',
    rules: { isChecksumReturned: () => true },
  },
  {
    name: 'unaligned-retrieval-accepted',
    family: 'byte-ranges',
    description: 'InitiateJob accepts any RetrievalByteRange inside the archive, megabyte aligned or not',
    rules: { isRetrievalRangeAccepted: (range, size) => range.start <= range.end && range.end < size },
  },
  {
    name: 'status-regresses',
    family: 'lifecycle',
    description: 'A job goes back to InProgress one second after it Succeeded',
    rules: { jobStatus: (job, now) => (now >= job.readyAt + 1000 ? 'InProgress' : jobStatusAt(job, now)) },
  },
];

export function faultNamed(name: string): Fault | undefined {
  return FAULTS.find((fault) => fault.name === name);
}
