import type { CheckId } from '../checks/catalog';
import type { CheckInput } from '../checks/judge';
import type { ListJobsWalk } from '../checks/list-jobs-walk';
import type { ExchangeResponse } from '../core/exchange';

const ok = (status: number, headers: Record<string, string> = {}, extra: Partial<ExchangeResponse> = {}): ExchangeResponse => ({
  status,
  headers: { 'x-amzn-requestid': 'R1', date: 'Thu, 01 Jan 2026 00:00:00 GMT', ...headers },
  bytes: 0,
  ...extra,
});
const error = (status: number, code: string): ExchangeResponse => ok(status, { 'content-type': 'application/json' }, { json: { code, message: 'm', type: 'Client' } });
const invalid = error(400, 'InvalidParameterValueException');
const notFound = error(404, 'ResourceNotFoundException');

const job = (JobId: string) => ({ JobId, StatusCode: 'Succeeded', Completed: true, CreationDate: '2026-01-01T00:00:00.000Z' });
const walk = (overrides: Partial<ListJobsWalk> = {}): ListJobsWalk => ({
  limit: 1,
  filter: {},
  pages: [
    { response: ok(200), jobs: [job('J1')], marker: 'J1' },
    { response: ok(200), jobs: [job('J2')], marker: null },
  ],
  ended: true,
  modelJobIds: ['J1', 'J2'],
  finalStatus: new Map([['J1', 'Succeeded'], ['J2', 'Succeeded']]),
  initiatedDuringWalk: [],
  ...overrides,
});
const output = (range?: { start: number; end: number }) => {
  const bytes = range ? range.end - range.start + 1 : 10;
  const headers: Record<string, string> = { 'content-length': String(bytes), 'x-amz-sha256-tree-hash': 'T', ...(range ? { 'content-range': `bytes ${range.start}-${range.end}/10` } : {}) };
  return { kind: 'archive' as const, outputSize: 10, ...(range ? { requestRange: range } : {}), response: ok(range ? 206 : 200, headers, { bytes, sha256: 'S', treeHash: 'T' }), expected: { sha256: 'S', treeHashAligned: true, megabyteAligned: true } };
};
const entry = { ArchiveId: 'A1', ArchiveDescription: 'd', CreationDate: '2026-01-01T00:00:00Z', Size: 3, SHA256TreeHash: 'H' };
const inventory = { format: 'JSON' as const, response: ok(200, { 'content-type': 'application/json' }, { json: { ArchiveList: [entry] } }) };
const spec = { operation: 'ListJobs', response: ok(200), modelDiagnostics: [] };

/**
 * For every check of the catalog, one observation of a conforming target:
 * the shared contract test of the check families judges each with its check
 * and expects no diagnostic. Typed per id, so a new check needs its entry.
 */
export const CONFORMING: { readonly [Id in CheckId]: CheckInput<Id> } = {
  'spec.status-documented': spec,
  'spec.response-headers': spec,
  'spec.response-body': spec,
  'spec.error-body': { ...spec, response: invalid },
  'spec.request-id': spec,
  'spec.success-status': { response: ok(202), expected: [202] },
  'list-jobs.walk-visits-every-job-once': walk(),
  'list-jobs.page-within-limit': walk(),
  'list-jobs.marker-null-on-last-page': walk(),
  'list-jobs.creation-order': walk(),
  'list-jobs.statuscode-filter': walk({ filter: { statuscode: 'Succeeded' } }),
  'list-jobs.completed-filter': walk({ filter: { completed: 'true' } }),
  'list-jobs.combined-filters': walk({ filter: { statuscode: 'Succeeded', completed: 'true' } }),
  'list-jobs.walk-stable-under-initiate': walk({ initiatedDuringWalk: ['J2'] }),
  'limits.in-range-honoured': walk(),
  'limits.default-applied': { walk: walk({ pages: [{ response: ok(200), jobs: [job('J1'), job('J2')], marker: null }] }), defaultLimit: 50 },
  'limits.out-of-range-rejected': { limit: '0', response: invalid },
  'limits.non-numeric-rejected': { limit: 'ten', response: invalid },
  'byte-ranges.retrieval-range-validated': { archiveSize: 2 * 1024 * 1024, retrievalByteRange: '0-1048575', acceptable: true, response: ok(202) },
  'byte-ranges.describe-reports-range': { body: { RetrievalByteRange: '0-1048575' }, expectedRange: '0-1048575' },
  'byte-ranges.full-output': output(),
  'byte-ranges.partial-output': output({ start: 0, end: 4 }),
  'byte-ranges.bytes-at-offsets': output(),
  'byte-ranges.start-past-end-rejected': { response: invalid },
  'tree-hash.output-header-matches-bytes': output(),
  'tree-hash.output-header-presence': { output: output(), reading: 'tree-hash-aligned' },
  'tree-hash.describe-hashes': { body: { StatusCode: 'Succeeded', ArchiveSHA256TreeHash: 'A', SHA256TreeHash: 'R' }, kind: 'archive', archiveTreeHash: 'A', rangeTreeHash: 'R' },
  'tree-hash.upload-hash-echoed': { response: ok(201, { 'x-amz-sha256-tree-hash': 'T' }), treeHash: 'T' },
  'tree-hash.upload-wrong-hash-rejected': { response: invalid },
  'lifecycle.status-forward-only': { previous: 'InProgress', body: { StatusCode: 'Succeeded' } },
  'lifecycle.completed-matches-status': { body: { StatusCode: 'Succeeded', Completed: true } },
  'lifecycle.completion-date': { body: { StatusCode: 'Succeeded', CreationDate: '2026-01-01T00:00:00.000Z', CompletionDate: '2026-01-01T00:00:05.000Z' } },
  'lifecycle.output-refused-before-completion': { response: invalid },
  'lifecycle.fields-echo-initiation': { body: { Action: 'ArchiveRetrieval', ArchiveId: 'A1', Tier: 'Standard' }, initiated: { Action: 'ArchiveRetrieval', ArchiveId: 'A1' } },
  'lifecycle.completes-within-bound': { body: { StatusCode: 'InProgress' }, elapsedMs: 1000, boundMs: 60_000 },
  'lifecycle.initiate-response': { response: ok(202, { 'x-amz-job-id': 'J1', location: '/111122223333/vaults/v/jobs/J1' }), vaultName: 'v' },
  'inventory.lists-vault-archives': { output: inventory, expected: [entry] },
  'inventory.json-csv-agree': { json: [entry], csv: [entry] },
  'inventory.limit-marker-continuation': { limit: 1, pages: [[entry], [{ ...entry, ArchiveId: 'A2' }]], lastMarker: null, expectedIds: ['A1', 'A2'] },
  'inventory.content-type': inventory,
  'errors.unknown-job': { response: notFound },
  'errors.unknown-vault': { response: notFound },
  'errors.unknown-archive': { response: notFound },
  'errors.invalid-list-filters': { response: invalid },
  'errors.unknown-marker': { response: invalid },
  'errors.inventory-archive-parameters': { response: invalid },
  'errors.missing-version-header': { response: error(400, 'MissingParameterValueException') },
};
