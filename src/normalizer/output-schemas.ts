import type { JsonSchema } from './fact-types';

const SHA256_HEX = '^[0-9a-f]{64}$';
const VAULT_ARN = '^arn:aws[a-z-]*:glacier:[a-z0-9-]+:[0-9]{12}:vaults/[A-Za-z0-9_.-]{1,255}$';

/** Bodies of GetJobOutput, DescribeVault, UploadArchive, and the error body. */
export const OUTPUT_SCHEMAS: { readonly [name: string]: JsonSchema } = {
  InventoryDocument: {
    'x-source': '§3.6',
    description: 'GetJobOutput body of a JSON inventory-retrieval job.',
    type: 'object',
    required: ['VaultARN', 'InventoryDate', 'ArchiveList'],
    properties: {
      VaultARN: { type: 'string', pattern: VAULT_ARN },
      InventoryDate: { type: 'string', format: 'date-time', description: 'Time of the last inventory completed after a vault change.' },
      ArchiveList: { type: 'array', items: { $ref: '#/components/schemas/InventoryArchive' } },
    },
  },
  InventoryArchive: {
    'x-source': '§3.6',
    type: 'object',
    required: ['ArchiveId', 'ArchiveDescription', 'CreationDate', 'Size', 'SHA256TreeHash'],
    properties: {
      ArchiveId: { type: 'string', minLength: 1 },
      ArchiveDescription: { type: 'string' },
      CreationDate: { type: 'string', format: 'date-time' },
      Size: { type: 'integer', minimum: 0 },
      SHA256TreeHash: { type: 'string', pattern: SHA256_HEX },
    },
  },
  InventoryCsv: {
    'x-source': '§3.6',
    description: 'GetJobOutput body of a CSV inventory-retrieval job: a header row ArchiveId,ArchiveDescription,CreationDate,Size,SHA256TreeHash, then one row per archive; fields containing `,` or `"` are quoted, an embedded `"` is written `\\"`.',
    type: 'string',
    contentMediaType: 'text/csv',
  },
  ArchiveBytes: {
    'x-source': '§2.4, §2.5',
    description: 'Raw archive bytes: the UploadArchive body (1 byte to 4 GB) and the GetJobOutput body of an archive-retrieval job.',
    type: 'string',
    contentMediaType: 'application/octet-stream',
  },
  DescribeVaultOutput: {
    'x-source': '§2.5, §3.6 (fields from M:DescribeVaultOutput)',
    type: 'object',
    required: ['VaultARN', 'VaultName', 'CreationDate'],
    properties: {
      VaultARN: { type: 'string', pattern: VAULT_ARN },
      VaultName: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,255}$' },
      CreationDate: { type: 'string', format: 'date-time' },
      LastInventoryDate: { type: ['string', 'null'], format: 'date-time', description: 'null until the first inventory.' },
      NumberOfArchives: { type: ['integer', 'null'], minimum: 0, description: 'As of the last inventory; null until the first inventory.' },
      SizeInBytes: { type: ['integer', 'null'], minimum: 0, description: 'As of the last inventory; null until the first inventory.' },
    },
  },
  Error: {
    'x-source': '§4',
    description: 'Error body; `code` is the exception name (botocore also reads header x-amzn-errortype).',
    type: 'object',
    required: ['code', 'message', 'type'],
    properties: {
      code: { type: 'string', pattern: '^[A-Za-z]+$', description: 'Exception name, e.g. ResourceNotFoundException.' },
      message: { type: 'string' },
      type: { type: 'string', enum: ['Client', 'Server', 'Unknown'] },
    },
  },
};
