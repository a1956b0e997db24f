import { isMegabyteAligned } from '../treehash';
import { errorStatusAndBody } from './glacier-errors';
import { csvField } from './inventory';
import { isJobExpiredAt, jobStatusAt } from './job-lifecycle';
import { paginateAfterMarker, parseListLimit } from './job-pagination';
import { isChecksumReturned, rangeTreeHash } from './output-checksum';
import { resolveOutputRange } from './output-range';
import type { ReferenceConfig } from './reference-config';
import type { GlacierError } from './glacier-errors';

/**
 * Every behaviour of the reference that a conformance check looks at, as one
 * replaceable pure function each. A faulty variant of the reference (a page that skips
 * a job, a limit ignored, an exclusive Range end, a plain SHA-256, …) overrides exactly
 * one member and keeps the rest, so a check that catches it is known to catch that fault.
 */
export interface ReferenceRules {
  /** Job lifecycle: StatusCode of a job at a time (§3.3). */
  readonly jobStatus: typeof jobStatusAt;
  /** Whether a completed job has aged out of ListJobs and Describe Job (§3.2, §3.3). */
  readonly isJobExpired: typeof isJobExpiredAt;
  /** ListJobs `limit` validation and default (§3.2, §7.6). */
  readonly parseListLimit: (raw: string | null, config: ReferenceConfig) => number | GlacierError;
  /** ListJobs paging after a marker, with filters (§3.2). */
  readonly paginateJobs: typeof paginateAfterMarker;
  /** Whether Initiate Job accepts a RetrievalByteRange: megabyte alignment (§3.4). */
  readonly isRetrievalRangeAccepted: typeof isMegabyteAligned;
  /** Get Job Output `Range` resolution relative to the job output (§3.5). */
  readonly resolveOutputRange: typeof resolveOutputRange;
  /** Whether returned bytes carry a tree hash: tree-hash alignment (§3.5, §6, §7.4). */
  readonly isChecksumReturned: typeof isChecksumReturned;
  /** The hash value itself: the SHA-256 tree hash of the returned bytes (§5). */
  readonly rangeTreeHash: typeof rangeTreeHash;
  /** CSV field quoting of inventory output (§3.6). */
  readonly csvField: typeof csvField;
  /** Error → status and `{code, message, type}` body (§4). */
  readonly errorResponse: typeof errorStatusAndBody;
}

export const DEFAULT_RULES: ReferenceRules = {
  jobStatus: jobStatusAt,
  isJobExpired: isJobExpiredAt,
  parseListLimit: (raw, config) => parseListLimit(raw, config.listJobsMaxLimit, config.listJobsDefaultLimit),
  paginateJobs: paginateAfterMarker,
  isRetrievalRangeAccepted: isMegabyteAligned,
  resolveOutputRange,
  isChecksumReturned,
  rangeTreeHash,
  csvField,
  errorResponse: errorStatusAndBody,
};

/** The default rules with some replaced: how a faulty variant is built. */
export function referenceRules(overrides: Partial<ReferenceRules> = {}): ReferenceRules {
  return { ...DEFAULT_RULES, ...overrides };
}
