import {
  ARCHIVE_ID, ARCHIVE_JOB_ID, ARCHIVE_SIZE, ARCHIVE_TREE_HASH, INVENTORY_JOB_ID, SNS_TOPIC, VAULT_ARN,
} from './example-values';
import type { ExampleFact } from './fact-types';

/** §2.3 DG Describe Job example: an archive retrieval in progress (SHA256TreeHash already set, §7.3). */
const archiveJobInProgress = {
  JobId: ARCHIVE_JOB_ID,
  JobDescription: 'My ArchiveRetrieval Job',
  Action: 'ArchiveRetrieval',
  ArchiveId: ARCHIVE_ID,
  VaultARN: VAULT_ARN,
  CreationDate: '2012-05-15T17:21:39.339Z',
  Completed: false,
  StatusCode: 'InProgress',
  StatusMessage: 'Operation in progress.',
  ArchiveSizeInBytes: ARCHIVE_SIZE,
  InventorySizeInBytes: null,
  SNSTopic: SNS_TOPIC,
  CompletionDate: null,
  SHA256TreeHash: ARCHIVE_TREE_HASH,
  ArchiveSHA256TreeHash: ARCHIVE_TREE_HASH,
  RetrievalByteRange: `0-${ARCHIVE_SIZE - 1}`,
  Tier: 'Bulk',
  InventoryRetrievalParameters: null,
  JobOutputPath: null,
  SelectParameters: null,
  OutputLocation: null,
};

/** §3.3: a finished inventory job; non-applicable fields are explicit nulls as AWS sends them (§2.3). */
const inventoryJobSucceeded = {
  JobId: INVENTORY_JOB_ID,
  JobDescription: 'My InventoryRetrieval Job',
  Action: 'InventoryRetrieval',
  ArchiveId: null,
  VaultARN: VAULT_ARN,
  CreationDate: '2012-05-15T23:18:13.224Z',
  Completed: true,
  StatusCode: 'Succeeded',
  StatusMessage: 'Succeeded',
  ArchiveSizeInBytes: null,
  InventorySizeInBytes: 1988,
  SNSTopic: null,
  CompletionDate: '2012-05-15T23:21:43.312Z',
  SHA256TreeHash: null,
  ArchiveSHA256TreeHash: null,
  RetrievalByteRange: null,
  Tier: 'Bulk',
  InventoryRetrievalParameters: { Format: 'JSON', StartDate: null, EndDate: null, Limit: null, Marker: null },
  JobOutputPath: null,
  SelectParameters: null,
  OutputLocation: null,
};

/** Response bodies of DescribeJob and ListJobs. */
export const JOB_EXAMPLES: readonly ExampleFact[] = [
  { id: 'DescribeJob.archive-retrieval', summary: 'Archive retrieval in progress', source: '§2.3, §7.3', value: archiveJobInProgress },
  { id: 'DescribeJob.inventory-retrieval', summary: 'Inventory retrieval succeeded', source: '§2.3, §3.3', value: inventoryJobSucceeded },
  {
    id: 'ListJobs.all', summary: 'Every job on one page', source: '§2.2, §3.2',
    value: { JobList: [archiveJobInProgress, inventoryJobSucceeded], Marker: null },
  },
  {
    id: 'ListJobs.paged', summary: 'First page of limit=1; Marker is the last JobId of the page', source: '§3.2',
    value: { JobList: [archiveJobInProgress], Marker: ARCHIVE_JOB_ID },
  },
];

/** InitiateJob request bodies: the bare JobParameters object (§2.1, §7.1). */
export const JOB_PARAMETERS_EXAMPLES: readonly ExampleFact[] = [
  {
    id: 'InitiateJob.archive-retrieval', summary: 'Retrieve the first MiB of an archive', source: '§2.1',
    value: { Type: 'archive-retrieval', ArchiveId: ARCHIVE_ID, RetrievalByteRange: '0-1048575', Tier: 'Bulk', SNSTopic: SNS_TOPIC },
  },
  {
    id: 'InitiateJob.inventory-retrieval', summary: 'Ranged inventory retrieval', source: '§2.1, §3.6',
    value: {
      Type: 'inventory-retrieval',
      Description: 'My InventoryRetrieval Job',
      Format: 'CSV',
      InventoryRetrievalParameters: { StartDate: '2013-03-20T17:03:43Z', EndDate: '2013-03-21T17:03:43Z', Limit: '10000' },
    },
  },
  {
    id: 'InitiateJob.select', summary: 'Select over a CSV archive into S3', source: '§2.1',
    value: {
      Type: 'select',
      ArchiveId: ARCHIVE_ID,
      Tier: 'Expedited',
      SelectParameters: {
        InputSerialization: { csv: { FileHeaderInfo: 'USE', RecordDelimiter: '\n', FieldDelimiter: ',' } },
        ExpressionType: 'SQL',
        Expression: 'SELECT * FROM archive',
        OutputSerialization: { csv: { QuoteFields: 'ASNEEDED' } },
      },
      OutputLocation: { S3: { BucketName: 'awsexamplebucket', Prefix: 'select-output', StorageClass: 'STANDARD' } },
    },
  },
];
