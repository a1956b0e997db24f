import type { JsonSchema } from './fact-types';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string, description: string, extra: object = {}) => ({ type: [type, 'null'], description, ...extra });
const nullableRef = (name: string, description: string) => ({ anyOf: [ref(name), { type: 'null' }], description });
const SHA256_HEX = '^[0-9a-f]{64}$';

/**
 * What DescribeJob returns and ListJobs lists (§2.2, §2.3, §3.3). Fields that do
 * not apply to a job are `null` per the DG and omitted in the X examples (§7.7),
 * so only the fields every job has are required and the others accept null.
 */
export const JOB_DESCRIPTION_SCHEMAS: { readonly [name: string]: JsonSchema } = {
  GlacierJobDescription: {
    'x-source': '§2.3, §3.3, §7.7',
    type: 'object',
    required: ['JobId', 'Action', 'VaultARN', 'CreationDate', 'Completed', 'StatusCode'],
    properties: {
      JobId: { type: 'string', minLength: 1, description: 'Opaque job ID.' },
      JobDescription: nullable('string', 'Description given to InitiateJob.'),
      Action: { type: 'string', enum: ['ArchiveRetrieval', 'InventoryRetrieval', 'Select'], description: 'Job type (M:ActionCode).' },
      ArchiveId: nullable('string', 'Archive of an archive-retrieval or select job; null otherwise.'),
      VaultARN: { type: 'string', pattern: '^arn:aws[a-z-]*:glacier:[a-z0-9-]+:[0-9]{12}:vaults/[A-Za-z0-9_.-]{1,255}$', description: 'ARN of the vault.' },
      CreationDate: { type: 'string', format: 'date-time', description: 'UTC time the job was created (ISO 8601 with milliseconds).' },
      Completed: { type: 'boolean', description: 'false while InProgress; true once Succeeded or Failed.' },
      StatusCode: { type: 'string', enum: ['InProgress', 'Succeeded', 'Failed'], description: 'Job status (M:StatusCode).' },
      StatusMessage: nullable('string', 'Free text, e.g. "Operation in progress." or "Succeeded".'),
      ArchiveSizeInBytes: nullable('integer', 'archive-retrieval: size of the whole archive; null otherwise.', { minimum: 0 }),
      InventorySizeInBytes: nullable('integer', 'Inventory job: size of the output once ready; null otherwise.', { minimum: 0 }),
      SNSTopic: nullable('string', 'SNS topic notified on completion.'),
      CompletionDate: nullable('string', 'UTC completion time; null while InProgress.', { format: 'date-time' }),
      SHA256TreeHash: nullable('string', 'Tree hash of the retrieved range when tree-hash aligned (§3.3; §7.3: may be set while InProgress).', { pattern: SHA256_HEX }),
      ArchiveSHA256TreeHash: nullable('string', 'Tree hash of the whole archive (archive-retrieval only).', { pattern: SHA256_HEX }),
      RetrievalByteRange: nullable('string', 'Retrieved range "<start>-<end>"; "0-<size-1>" when none was requested; null for inventory and select.', { pattern: '^[0-9]+-[0-9]+$' }),
      Tier: { type: 'string', enum: ['Expedited', 'Standard', 'Bulk'], description: 'Retrieval tier (also shown on inventory jobs, §3.3).' },
      InventoryRetrievalParameters: nullableRef('InventoryRetrievalJobDescription', 'Inventory jobs: the parameters, and the continuation Marker once complete.'),
      JobOutputPath: nullable('string', 'Select jobs: S3 location of the results.'),
      SelectParameters: nullableRef('SelectParameters', 'Select jobs: the parameters given to InitiateJob.'),
      OutputLocation: nullableRef('OutputLocation', 'Select jobs: where the results go.'),
    },
  },
  InventoryRetrievalJobDescription: {
    'x-source': '§2.3, §3.3, §3.6',
    type: 'object',
    properties: {
      Format: { type: ['string', 'null'], enum: ['CSV', 'JSON', null], description: 'Output format.' },
      StartDate: nullable('string', 'Start of the date filter.', { format: 'date-time' }),
      EndDate: nullable('string', 'End of the date filter.', { format: 'date-time' }),
      Limit: nullable('string', 'Item limit, a string holding an integer.', { pattern: '^[1-9][0-9]*$' }),
      Marker: nullable('string', 'Continuation marker for the next inventory job; null when the inventory is exhausted.'),
    },
  },
  ListJobsOutput: {
    'x-source': '§2.2, §3.2',
    type: 'object',
    required: ['JobList'],
    properties: {
      JobList: { type: 'array', items: ref('GlacierJobDescription'), description: 'Jobs ordered by initiation time.' },
      Marker: nullable('string', 'Pass back as `marker` for the next page; null (or absent, §7.7) when there are no more jobs.'),
    },
  },
};
