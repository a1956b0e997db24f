import { GLACIER_API_VERSION, GLACIER_VERSION_HEADER } from '../core/glacier-api';
import { ARCHIVE_ID, ARCHIVE_JOB_ID, ONE_BYTE_TREE_HASH, VAULT_NAME } from './example-values';
import type { ParameterFact } from './fact-types';

const SHA256_HEX = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
/** §2.1, §2.5: descriptions are at most 1024 bytes of printable ASCII. */
const PRINTABLE_ASCII_1024 = { type: 'string', maxLength: 1024, pattern: '^[\\x20-\\x7E]*$' } as const;

/** Parameters every operation takes. */
export const COMMON_PARAMETER_IDS = ['GlacierVersion', 'AccountId', 'VaultName'] as const;

/** Every request parameter of the modelled operations, keyed by `components.parameters` id. */
export const PARAMETER_FACTS: readonly ParameterFact[] = [
  {
    id: 'GlacierVersion', name: GLACIER_VERSION_HEADER, in: 'header', required: true,
    description: 'API version; required on every call. Omitting it gives 400 MissingParameterValueException "Required parameter missing: API version".',
    schema: { type: 'string', const: GLACIER_API_VERSION }, example: GLACIER_API_VERSION, source: '§1',
  },
  {
    id: 'AccountId', name: 'accountId', in: 'path', required: true,
    description: 'A 12-digit account ID without hyphens, or `-` for the account of the signer. A wrong account ID gives 403 AccessDeniedException.',
    schema: { type: 'string', pattern: '^([0-9]{12}|-)$' }, example: '-', source: '§1',
  },
  {
    id: 'VaultName', name: 'vaultName', in: 'path', required: true,
    description: 'Vault name: 1 to 255 characters of a-z, A-Z, 0-9, `_`, `-` and `.`.',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,255}$' }, example: VAULT_NAME, source: '§2.5',
  },
  {
    id: 'JobId', name: 'jobId', in: 'path', required: true,
    description: 'Opaque job ID returned by InitiateJob (`x-amz-job-id`).',
    schema: { type: 'string', minLength: 1 }, example: ARCHIVE_JOB_ID, source: '§2.3',
  },
  {
    id: 'ArchiveId', name: 'archiveId', in: 'path', required: true,
    description: 'Opaque archive ID returned by UploadArchive (`x-amz-archive-id`).',
    schema: { type: 'string', minLength: 1 }, example: ARCHIVE_ID, source: '§2.5',
  },
  {
    id: 'ListJobsLimit', name: 'limit', in: 'query', required: false,
    description: 'Maximum number of jobs in the page, a string holding an integer: 1 to 50, default 50 (current DG). The 2017 DG said 1 to 1,000, default 1,000 (§7.6 conflict), so the schema only requires a positive integer and `x-glacier-limit` records both readings.',
    schema: { type: 'string', pattern: '^[1-9][0-9]*$' }, example: '2', source: '§2.2, §3.2',
    extensions: { 'x-glacier-limit': { minimum: 1, maximum: 50, default: 50, conflict: '§7.6: the 2017 DG (target profile aws-2012) says maximum and default 1000' } },
  },
  {
    id: 'ListJobsMarker', name: 'marker', in: 'query', required: false,
    description: 'Opaque pagination token: the `Marker` of the previous ListJobs page.',
    schema: { type: 'string', minLength: 1 }, example: ARCHIVE_JOB_ID, source: '§2.2, §3.2',
  },
  {
    id: 'ListJobsStatusCode', name: 'statuscode', in: 'query', required: false,
    description: 'Only jobs with this status. Any other value gives 400 InvalidParameterValueException "The job status code is not valid: <value>".',
    schema: { type: 'string', enum: ['InProgress', 'Succeeded', 'Failed'] }, example: 'Succeeded', source: '§2.2, §3.1',
  },
  {
    id: 'ListJobsCompleted', name: 'completed', in: 'query', required: false,
    description: 'Only completed (`true`: Succeeded or Failed) or not completed (`false`: InProgress) jobs; the wire value is the text `true`/`false` (§7.9).',
    schema: { type: 'string', enum: ['true', 'false'] }, example: 'true', source: '§2.2, §3.1',
  },
  {
    id: 'OutputRange', name: 'Range', in: 'header', required: false,
    description: 'Inclusive byte range `bytes=<start>-<end>` relative to the job output (the retrieved range). With it the answer is 206.',
    schema: { type: 'string', pattern: '^bytes=[0-9]+-[0-9]+$' }, example: 'bytes=0-1048575', source: '§2.4, §3.5',
  },
  {
    id: 'UploadTreeHash', name: 'x-amz-sha256-tree-hash', in: 'header', required: true,
    description: 'SHA-256 tree hash of the body (§5), 64 lowercase hex characters.',
    schema: SHA256_HEX, example: ONE_BYTE_TREE_HASH, source: '§2.5, §5',
  },
  {
    id: 'UploadContentSha256', name: 'x-amz-content-sha256', in: 'header', required: true,
    description: 'Linear SHA-256 of the body, 64 lowercase hex characters (equals the tree hash for bodies of at most 1 MiB).',
    schema: SHA256_HEX, example: ONE_BYTE_TREE_HASH, source: '§2.5, §5',
  },
  {
    id: 'UploadArchiveDescription', name: 'x-amz-archive-description', in: 'header', required: false,
    description: 'Optional archive description, at most 1024 bytes of printable ASCII.',
    schema: PRINTABLE_ASCII_1024, example: 'my archive', source: '§2.5',
  },
  {
    id: 'UploadContentLength', name: 'Content-Length', in: 'header', required: true,
    description: 'Size of the body: 1 byte to 4 GB in one request.',
    schema: { type: 'string', pattern: '^[1-9][0-9]*$' }, example: '1', source: '§2.5',
  },
];
