import {
  ARCHIVE_ID, ARCHIVE_JOB_ID, ARCHIVE_LOCATION, ARCHIVE_TREE_HASH, HTTP_DATE, JOB_LOCATION, ONE_BYTE_TREE_HASH,
  REQUEST_ID, VAULT_LOCATION,
} from './example-values';
import type { HeaderFact } from './fact-types';

const SHA256_HEX = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const VAULT_PATH = '/[0-9]{12}/vaults/[A-Za-z0-9_.-]{1,255}';
const IMF_FIXDATE =
  '^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$';

/** Headers every response carries, errors included (§1, DG:api-common-response-headers). */
export const COMMON_RESPONSE_HEADER_IDS = ['RequestId', 'Date'] as const;

/** Every response header of the modelled operations, keyed by `components.headers` id. */
export const HEADER_FACTS: readonly HeaderFact[] = [
  {
    id: 'RequestId', name: 'x-amzn-RequestId', required: true, source: '§1',
    description: 'Request ID assigned by the service.', schema: { type: 'string', minLength: 1 }, example: REQUEST_ID,
  },
  {
    id: 'Date', name: 'Date', required: true, source: '§1',
    description: 'Response time as an HTTP date.', schema: { type: 'string', pattern: IMF_FIXDATE }, example: HTTP_DATE,
  },
  {
    id: 'JobLocation', name: 'Location', required: true, source: '§1, §2.1',
    description: 'Relative URI of the job, with the numeric account ID even when `-` was sent.',
    schema: { type: 'string', pattern: `^${VAULT_PATH}/jobs/[^/]+$` }, example: JOB_LOCATION,
  },
  {
    id: 'JobId', name: 'x-amz-job-id', required: true, source: '§2.1',
    description: 'The job ID; also the last path segment of `Location`.', schema: { type: 'string', minLength: 1 }, example: ARCHIVE_JOB_ID,
  },
  {
    id: 'JobOutputPath', name: 'x-amz-job-output-path', required: false, source: '§2.1',
    description: 'S3 location of the results; select jobs only.',
    schema: { type: 'string', minLength: 1 }, example: `s3://awsexamplebucket/select-output/${ARCHIVE_JOB_ID}/`,
  },
  {
    id: 'VaultLocation', name: 'Location', required: true, source: '§1, §2.5',
    description: 'Relative URI of the vault, with the numeric account ID.',
    schema: { type: 'string', pattern: `^${VAULT_PATH}$` }, example: VAULT_LOCATION,
  },
  {
    id: 'ArchiveLocation', name: 'Location', required: true, source: '§1, §2.5',
    description: 'Relative URI of the archive, with the numeric account ID.',
    schema: { type: 'string', pattern: `^${VAULT_PATH}/archives/[^/]+$` }, example: ARCHIVE_LOCATION,
  },
  {
    id: 'ArchiveId', name: 'x-amz-archive-id', required: true, source: '§2.5',
    description: 'ID of the new archive.', schema: { type: 'string', minLength: 1 }, example: ARCHIVE_ID,
  },
  {
    id: 'UploadedTreeHash', name: 'x-amz-sha256-tree-hash', required: true, source: '§2.5, §5',
    description: 'Tree hash of the stored archive, computed by the service.', schema: SHA256_HEX, example: ONE_BYTE_TREE_HASH,
  },
  {
    id: 'OutputTreeHash', name: 'x-amz-sha256-tree-hash', required: false, source: '§2.4, §3.5',
    description: 'Tree hash of exactly the bytes returned; archive jobs only, and only when the range is tree-hash aligned (§6; §7.4 conflict).',
    schema: SHA256_HEX, example: ARCHIVE_TREE_HASH,
  },
  {
    id: 'ContentRange', name: 'Content-Range', required: true, source: '§2.4, §3.5',
    description: 'Returned range `bytes <start>-<end>/<total>`, total = size of the job output.',
    schema: { type: 'string', pattern: '^bytes [0-9]+-[0-9]+/[0-9]+$' }, example: 'bytes 0-1048575/3145733',
  },
  {
    id: 'AcceptRanges', name: 'Accept-Ranges', required: false, source: '§2.4',
    description: 'Always `bytes`.', schema: { type: 'string', const: 'bytes' }, example: 'bytes',
  },
  {
    id: 'OutputArchiveDescription', name: 'x-amz-archive-description', required: false, source: '§2.4',
    description: 'Description of the archive (archive jobs).', schema: { type: 'string', maxLength: 1024 }, example: 'my archive',
  },
];
