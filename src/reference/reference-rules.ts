import { formatContentRange, isMegabyteAligned } from '../treehash';
import { errorStatusAndBody, GlacierErrors } from './glacier-errors';
import { csvField, selectInventory } from './inventory';
import { isCompleted, isJobExpiredAt, jobStatusAt } from './job-lifecycle';
import { paginateAfterMarker, parseListLimit } from './job-pagination';
import { isChecksumReturned, payloadTreeHash, rangeTreeHash } from './output-checksum';
import { resolveOutputRange } from './output-range';
import type { ReferenceConfig } from './reference-config';
import type { GlacierError } from './glacier-errors';
import type { Job, StatusCode, VaultLock } from './glacier-state';
import { isRetrievalAllowed } from './account-settings';
import { jsonResponse, type ReferenceResponse } from './reference-http';
import type { OperationName } from './route-request';
import { DEFAULT_STATE_HOOKS, type StateHooks } from './state-hooks';
import { checkPartsContiguous, combinedPartsTreeHash, isPartRangeAligned, isPartSizeValid, isUploadExpired } from './multipart-rules';

/** The ListJobs filters as sent, after validation (§3.2). */
export interface ListFilters {
  readonly statuscode: string | null;
  readonly completed: string | null;
}

/**
 * Every behaviour of the reference that a conformance check looks at, as one
 * replaceable pure function each. A faulty variant of the reference (a page that skips
 * a job, a limit ignored, an exclusive Range end, a plain SHA-256, …) overrides exactly
 * one member and keeps the rest, so a check that catches it is known to catch that fault.
 */
export interface ReferenceRules extends StateHooks {
  /** Job lifecycle: StatusCode of a job at a time (§3.3). */
  readonly jobStatus: typeof jobStatusAt;
  /** `Completed` of a status: true once Succeeded or Failed (§2.3); ListJobs `completed` filters on it. */
  readonly isCompleted: typeof isCompleted;
  /** Whether a completed job has aged out of ListJobs and Describe Job (§3.2, §3.3). */
  readonly isJobExpired: typeof isJobExpiredAt;
  /** The error for a JobId the vault does not hold (§4: 404 ResourceNotFoundException). */
  readonly unknownJobError: (jobId: string) => GlacierError;
  /** ListJobs `limit` validation and default (§3.2, §7.6). */
  readonly parseListLimit: (raw: string | null, config: ReferenceConfig) => number | GlacierError;
  /** Whether a job with `status` (and `completed`) passes the ListJobs filters: their conjunction (§3.2). */
  readonly matchesListFilters: (job: { readonly status: StatusCode; readonly completed: boolean }, filters: ListFilters) => boolean;
  /** ListJobs paging after a marker, with filters (§3.2). */
  readonly paginateJobs: typeof paginateAfterMarker;
  /** Whether Initiate Job accepts a RetrievalByteRange: megabyte alignment (§3.4). */
  readonly isRetrievalRangeAccepted: typeof isMegabyteAligned;
  /** Whether Get Job Output serves a job in `status`: only once it Succeeded (§4). */
  readonly isOutputReady: (status: StatusCode) => boolean;
  /** Get Job Output `Range` resolution relative to the job output (§3.5). */
  readonly resolveOutputRange: typeof resolveOutputRange;
  /** Get Job Output's status: 206 for a partial output, 200 for the whole (§2.4). */
  readonly outputStatus: (partial: boolean) => number;
  /** `Content-Range: bytes s-e/T` of a partial output, T the size of the job output (§2.4, §3.5). */
  readonly contentRange: typeof formatContentRange;
  /** Content-Type of job output per job type and inventory format (§2.4). */
  readonly outputContentType: (job: Job) => string;
  /** Whether returned bytes carry a tree hash: tree-hash alignment (§3.5, §6, §7.4). */
  readonly isChecksumReturned: typeof isChecksumReturned;
  /** The SHA-256 tree hash of a payload from its 1 MiB leaf digests (§5): uploads, ranges, describe. */
  readonly payloadTreeHash: typeof payloadTreeHash;
  /** The hash of returned or retrieved archive bytes: their tree hash (§3.3, §5). */
  readonly rangeTreeHash: typeof rangeTreeHash;
  /** Whether an upload's x-amz-sha256-tree-hash is accepted against the body's (§2.5, §4). */
  readonly isUploadTreeHashAccepted: (sent: string, computed: string) => boolean;
  /** Which archives an inventory lists, and where the next one continues (§3.6). */
  readonly selectInventory: typeof selectInventory;
  /** CSV field quoting of inventory output (§3.6). */
  readonly csvField: typeof csvField;
  /** ListVaults order: ASCII by name (model: "ASCII-sorted by vault name"). */
  readonly compareVaultNames: (a: string, b: string) => number;
  /** `limit` of ListVaults, ListParts and ListMultipartUploads: 1..max, default when absent. */
  readonly parsePageLimit: (raw: string | null, max: number, defaultLimit: number) => number | GlacierError;
  /** Paging of ListVaults, ListParts and ListMultipartUploads after a marker. */
  readonly paginateList: typeof paginateAfterMarker;
  /** InitiateMultipartUpload x-amz-part-size: 1 MiB × 2^k up to 4 GiB. */
  readonly isPartSizeValid: typeof isPartSizeValid;
  /** UploadMultipartPart Content-Range aligned to the part size. */
  readonly isPartRangeAligned: typeof isPartRangeAligned;
  /** Whether a part's x-amz-sha256-tree-hash is accepted against its body's. */
  readonly isPartTreeHashAccepted: (sent: string, computed: string) => boolean;
  /** CompleteMultipartUpload: the parts leave no gap. */
  readonly checkPartsContiguous: typeof checkPartsContiguous;
  /** CompleteMultipartUpload: the archive's tree hash combined from the parts'. */
  readonly combinedPartsTreeHash: typeof combinedPartsTreeHash;
  /** Whether an idle multipart upload is gone. */
  readonly isUploadExpired: typeof isUploadExpired;
  /** Whether a vault lock still InProgress has passed its 24 h window (model: InitiateVaultLock). */
  readonly isLockExpired: (lock: VaultLock, now: number) => boolean;
  /** Whether the data retrieval policy lets an archive retrieval of `bytes` start now (PolicyEnforcedException otherwise). */
  readonly isRetrievalAllowed: typeof isRetrievalAllowed;
  /** The success status an operation answers with (§1, §2: 202, 200, 200|206, 201, 204). */
  readonly successStatus: (operation: OperationName, status: number) => number;
  /** Error → response: `{code, message, type}` as JSON with its status (§4). */
  readonly errorResponse: (failure: GlacierError) => ReferenceResponse;
}

export const DEFAULT_RULES: ReferenceRules = {
  ...DEFAULT_STATE_HOOKS,
  jobStatus: jobStatusAt,
  isCompleted,
  isJobExpired: isJobExpiredAt,
  unknownJobError: GlacierErrors.jobNotFound,
  parseListLimit: (raw, config) => parseListLimit(raw, config.listJobsMaxLimit, config.listJobsDefaultLimit),
  matchesListFilters: (job, filters) =>
    (filters.statuscode === null || job.status === filters.statuscode) && (filters.completed === null || String(job.completed) === filters.completed),
  paginateJobs: paginateAfterMarker,
  isRetrievalRangeAccepted: isMegabyteAligned,
  isOutputReady: (status) => status === 'Succeeded',
  resolveOutputRange,
  outputStatus: (partial) => (partial ? 206 : 200),
  contentRange: formatContentRange,
  outputContentType: (job) => (job.action !== 'InventoryRetrieval' ? 'application/octet-stream' : job.parameters.Format === 'CSV' ? 'text/csv' : 'application/json'),
  isChecksumReturned,
  payloadTreeHash,
  rangeTreeHash,
  isUploadTreeHashAccepted: (sent, computed) => sent.toLowerCase() === computed,
  selectInventory,
  csvField,
  compareVaultNames: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  parsePageLimit: parseListLimit,
  paginateList: paginateAfterMarker,
  isPartSizeValid,
  isPartRangeAligned,
  isPartTreeHashAccepted: (sent, computed) => sent.toLowerCase() === computed,
  checkPartsContiguous,
  combinedPartsTreeHash,
  isUploadExpired,
  isLockExpired: (lock, now) => lock.state === 'InProgress' && lock.expirationDate !== null && now >= lock.expirationDate,
  isRetrievalAllowed,
  successStatus: (_operation, status) => status,
  errorResponse: (failure) => {
    const { status, body } = errorStatusAndBody(failure);
    return jsonResponse(status, body);
  },
};

/** The default rules with some replaced: how a faulty variant is built. */
export function referenceRules(overrides: Partial<ReferenceRules> = {}): ReferenceRules {
  return { ...DEFAULT_RULES, ...overrides };
}
