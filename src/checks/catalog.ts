import type { CheckDefinition, Family } from './check-definition';

/** One catalog line as written: its id must start with its family, and `stateful` defaults to true. */
type Entry<F extends Family> = Omit<CheckDefinition<`${F}.${string}`>, 'family' | 'stateful'> & { readonly stateful?: boolean };

/** Keeps each id's literal type, so {@link CheckId} is the union of the catalog's ids. */
function family<const F extends Family, const E extends readonly Entry<F>[]>(name: F, entries: E): CheckDefinition<E[number]['id']>[] {
  return entries.map((entry) => ({ stateful: true, ...entry, family: name }));
}

const JOB_OPS = ['InitiateJob', 'ListJobs', 'DescribeJob', 'GetJobOutput'] as const;

/**
 * Every invariant the suite checks, as data. The report lists all of them on
 * every run; a check that was not exercised is `not-run`, never absent.
 * Sources are sections of ../shared/docs/glacier-jobs-api.md.
 */
export const CATALOG = [
  ...family('spec', [
    { id: 'spec.status-documented', title: 'Every response status is documented for its operation', source: '§2, §4', severity: 'high', operations: JOB_OPS, stateful: false },
    { id: 'spec.response-headers', title: 'Response headers the model requires are present and well-formed', source: '§2, §8', severity: 'medium', operations: JOB_OPS, stateful: false },
    { id: 'spec.response-body', title: 'Every JSON response body validates against the normalized model', source: '§2.3, §2.2, §8', severity: 'high', operations: JOB_OPS, stateful: false },
    { id: 'spec.error-body', title: 'Error bodies are {code, message, type} with the status their code implies', source: '§4', severity: 'high', operations: JOB_OPS, stateful: false },
    { id: 'spec.request-id', title: 'Every response carries x-amzn-RequestId and Date', source: '§1', severity: 'low', operations: JOB_OPS, stateful: false },
    { id: 'spec.success-status', title: 'A valid request gets exactly its operation\'s success status (202, 200, 200|206, 201, 204)', source: '§1, §2', severity: 'high', operations: [...JOB_OPS, 'CreateVault', 'UploadArchive'] },
  ]),
  ...family('list-jobs', [
    { id: 'list-jobs.walk-visits-every-job-once', title: 'Following Marker visits every job of the vault exactly once', source: '§3.2', severity: 'critical', operations: ['ListJobs'] },
    { id: 'list-jobs.page-within-limit', title: 'No page holds more jobs than limit', source: '§3.2', severity: 'high', operations: ['ListJobs'] },
    { id: 'list-jobs.marker-null-on-last-page', title: 'Marker is null exactly on the last page', source: '§2.2, §3.2, §7.7', severity: 'high', operations: ['ListJobs'] },
    { id: 'list-jobs.creation-order', title: 'Jobs are listed oldest first, within and across pages', source: '§3.2', severity: 'medium', operations: ['ListJobs'] },
    { id: 'list-jobs.statuscode-filter', title: 'statuscode returns exactly the jobs with that StatusCode', source: '§3.2', severity: 'high', operations: ['ListJobs'] },
    { id: 'list-jobs.completed-filter', title: 'completed returns exactly the jobs whose Completed matches', source: '§3.2, §7.9', severity: 'high', operations: ['ListJobs'] },
    { id: 'list-jobs.combined-filters', title: 'statuscode and completed together return their conjunction', source: '§3.2', severity: 'medium', operations: ['ListJobs'] },
    { id: 'list-jobs.walk-stable-under-initiate', title: 'A job initiated during a walk never makes it repeat or lose an older job', source: '§3.2', severity: 'high', operations: ['ListJobs', 'InitiateJob'] },
  ]),
  ...family('limits', [
    { id: 'limits.in-range-honoured', title: 'Every limit in the profile\'s range is accepted and honoured', source: '§3.2, §7.6', severity: 'high', operations: ['ListJobs'] },
    { id: 'limits.default-applied', title: 'Without limit, pages hold at most the profile\'s default', source: '§3.2, §7.6', severity: 'medium', operations: ['ListJobs'] },
    { id: 'limits.out-of-range-rejected', title: 'limit 0, negative or above the maximum is rejected with 400 InvalidParameterValueException', source: '§3.2, §4', severity: 'medium', operations: ['ListJobs'] },
    { id: 'limits.non-numeric-rejected', title: 'A non-numeric limit is rejected with 400 InvalidParameterValueException', source: '§3.2, §4', severity: 'medium', operations: ['ListJobs'] },
  ]),
  ...family('byte-ranges', [
    { id: 'byte-ranges.retrieval-range-validated', title: 'RetrievalByteRange is accepted exactly when megabyte aligned and inside the archive', source: '§3.4', severity: 'high', operations: ['InitiateJob'] },
    { id: 'byte-ranges.describe-reports-range', title: 'DescribeJob reports the retrieved range, 0-<size-1> when none was given', source: '§2.3, §3.4', severity: 'medium', operations: ['DescribeJob'] },
    { id: 'byte-ranges.full-output', title: 'GetJobOutput without Range is 200 with Content-Length equal to the output size', source: '§2.4, §3.5', severity: 'high', operations: ['GetJobOutput'] },
    { id: 'byte-ranges.partial-output', title: 'GetJobOutput with Range is 206 with Content-Length e-s+1 and Content-Range bytes s-e/T', source: '§2.4, §3.5', severity: 'critical', operations: ['GetJobOutput'] },
    { id: 'byte-ranges.bytes-at-offsets', title: 'Output bytes equal the archive bytes at the retrieved and requested offsets', source: '§3.5', severity: 'critical', operations: ['GetJobOutput'] },
    { id: 'byte-ranges.start-past-end-rejected', title: 'A Range starting past the end of the output gets 400 InvalidParameterValueException', source: '§3.5, §4', severity: 'medium', operations: ['GetJobOutput'] },
  ]),
  ...family('tree-hash', [
    { id: 'tree-hash.output-header-matches-bytes', title: 'x-amz-sha256-tree-hash on output equals the tree hash of the bytes received', source: '§2.4, §5', severity: 'critical', operations: ['GetJobOutput'] },
    { id: 'tree-hash.output-header-presence', title: 'x-amz-sha256-tree-hash is present exactly when the range is tree-hash aligned', source: '§3.5, §6, §7.4', severity: 'high', operations: ['GetJobOutput'] },
    { id: 'tree-hash.describe-hashes', title: 'SHA256TreeHash and ArchiveSHA256TreeHash equal the independently computed values', source: '§2.3, §3.3, §7.3', severity: 'high', operations: ['DescribeJob'] },
    { id: 'tree-hash.upload-hash-echoed', title: 'UploadArchive accepts a correctly hashed upload and answers with the tree hash of its bytes', source: '§2.5, §5', severity: 'high', operations: ['UploadArchive'] },
    { id: 'tree-hash.upload-wrong-hash-rejected', title: 'An upload whose x-amz-sha256-tree-hash does not match its body is rejected with 400', source: '§2.5, §4', severity: 'critical', operations: ['UploadArchive'] },
  ]),
  ...family('lifecycle', [
    { id: 'lifecycle.status-forward-only', title: 'A job\'s StatusCode only moves forward (InProgress to Succeeded or Failed)', source: '§3.3', severity: 'critical', operations: ['DescribeJob', 'ListJobs'] },
    { id: 'lifecycle.completed-matches-status', title: 'Completed is true exactly when StatusCode is not InProgress', source: '§2.3, §3.2', severity: 'high', operations: ['DescribeJob', 'ListJobs'] },
    { id: 'lifecycle.completion-date', title: 'CompletionDate is set exactly when the job is completed, not before CreationDate', source: '§2.3, §3.3', severity: 'medium', operations: ['DescribeJob', 'ListJobs'] },
    { id: 'lifecycle.output-refused-before-completion', title: 'GetJobOutput before completion is refused with 400 InvalidParameterValueException', source: '§4', severity: 'high', operations: ['GetJobOutput'] },
    { id: 'lifecycle.fields-echo-initiation', title: 'Job fields echo what was initiated (Action, ArchiveId, Tier, JobDescription, Format, SNSTopic)', source: '§2.1, §2.3', severity: 'medium', operations: ['DescribeJob', 'ListJobs'] },
    // Typical latencies (§2.1) are no promise: only a profile that declares a bound is held to one (design.md "Time").
    { id: 'lifecycle.completes-within-bound', title: 'A job leaves InProgress within the completion bound the profile declares', source: '§2.1, §3.3', severity: 'high', operations: ['DescribeJob', 'ListJobs'], needsProfile: 'job-completion-bound' },
    { id: 'lifecycle.initiate-response', title: 'InitiateJob answers with x-amz-job-id and a Location ending in that JobId', source: '§2.1', severity: 'high', operations: ['InitiateJob'] },
  ]),
  ...family('inventory', [
    { id: 'inventory.lists-vault-archives', title: 'The inventory lists exactly the vault\'s archives as of the job, with ids, sizes, tree hashes and descriptions', source: '§3.6', severity: 'high', operations: ['GetJobOutput'] },
    { id: 'inventory.json-csv-agree', title: 'JSON and CSV inventories of the same vault state agree', source: '§3.6', severity: 'medium', operations: ['GetJobOutput'] },
    { id: 'inventory.limit-marker-continuation', title: 'Inventory Limit and Marker continuation cover every archive exactly once', source: '§3.3, §3.6', severity: 'medium', operations: ['InitiateJob', 'DescribeJob', 'GetJobOutput'] },
    { id: 'inventory.content-type', title: 'Inventory output is application/json for JSON and text/csv for CSV', source: '§2.4', severity: 'medium', operations: ['GetJobOutput'] },
  ]),
  ...family('errors', [
    { id: 'errors.unknown-job', title: 'DescribeJob and GetJobOutput of an unknown JobId get 404 ResourceNotFoundException', source: '§4', severity: 'medium', operations: ['DescribeJob', 'GetJobOutput'] },
    { id: 'errors.unknown-vault', title: 'Job operations on an unknown vault get 404 ResourceNotFoundException', source: '§4', severity: 'medium', operations: JOB_OPS },
    { id: 'errors.unknown-archive', title: 'InitiateJob for the ArchiveId of an archive deleted from the vault gets 404 ResourceNotFoundException', source: '§4', severity: 'medium', operations: ['InitiateJob'] },
    { id: 'errors.invalid-list-filters', title: 'A bad statuscode or completed value gets 400 InvalidParameterValueException', source: '§3.2, §4', severity: 'medium', operations: ['ListJobs'] },
    { id: 'errors.unknown-marker', title: 'An unknown marker gets 400 InvalidParameterValueException', source: '§3.2', severity: 'low', operations: ['ListJobs'] },
    { id: 'errors.inventory-archive-parameters', title: 'ArchiveId or RetrievalByteRange on an inventory job gets 400', source: '§2.1', severity: 'medium', operations: ['InitiateJob'] },
    { id: 'errors.missing-version-header', title: 'A request without x-amz-glacier-version gets 400 MissingParameterValueException', source: '§1, §4', severity: 'medium', operations: JOB_OPS },
  ]),
] as const satisfies readonly CheckDefinition<string>[];

/** Every check id of the catalog, as a type: a misspelt id does not compile. */
export type CheckId = (typeof CATALOG)[number]['id'];

/** The ids of one family. */
export type FamilyCheckId<F extends Family> = Extract<CheckId, `${F}.${string}`>;

const IDS: ReadonlySet<string> = new Set(CATALOG.map((entry) => entry.id));

/** Whether a string from outside (a flag, a profile file, a report) names a check of the catalog. */
export function isCheckId(id: unknown): id is CheckId {
  return typeof id === 'string' && IDS.has(id);
}

/** The ids of one family, in catalog order. */
export function familyCheckIds<F extends Family>(family: F): FamilyCheckId<F>[] {
  const ofFamily = (id: CheckId): id is FamilyCheckId<F> => id.startsWith(`${family}.`);
  return CATALOG.map((entry) => entry.id).filter(ofFamily);
}

/** The catalog entry for an id. */
export function checkDefinition(id: CheckId): CheckDefinition {
  const found = CATALOG.find((entry) => entry.id === id);
  if (!found) throw new Error(`no check '${id}' in the catalog`);
  return found;
}
