import { ARCHIVE_ID, ARCHIVE_SIZE, ARCHIVE_TREE_HASH, ONE_BYTE_TREE_HASH, VAULT_ARN, VAULT_NAME } from './example-values';
import type { ExampleFact } from './fact-types';

const SECOND_ARCHIVE_ID =
  'qt7LmHTtWc4bOm0VYmJm9ZvL2mQEyV7r1hC9x3nP0sW8kB5aD6fG2jH4lK7zX1cV3bN5mQ8wE0rT2yU4iO6pA9sD1fG3hJ5kL7zX9cV1bN3mQ5wE7rT9yUEXAMPLEArchiveId';

/** Bodies of GetJobOutput (per job type), DescribeVault and UploadArchive. */
export const OUTPUT_EXAMPLES: readonly ExampleFact[] = [
  {
    id: 'GetJobOutput.inventory-json', summary: 'JSON inventory', source: '§3.6',
    value: {
      VaultARN: VAULT_ARN,
      InventoryDate: '2011-12-12T14:19:01Z',
      ArchiveList: [
        { ArchiveId: ARCHIVE_ID, ArchiveDescription: 'my archive1', CreationDate: '2012-05-15T17:19:46.700Z', Size: ARCHIVE_SIZE, SHA256TreeHash: ARCHIVE_TREE_HASH },
        { ArchiveId: SECOND_ARCHIVE_ID, ArchiveDescription: 'my archive2', CreationDate: '2012-05-15T17:19:50.850Z', Size: 1, SHA256TreeHash: ONE_BYTE_TREE_HASH },
      ],
    },
  },
  {
    id: 'GetJobOutput.inventory-csv', summary: 'CSV inventory', source: '§3.6',
    value: [
      'ArchiveId,ArchiveDescription,CreationDate,Size,SHA256TreeHash',
      `${ARCHIVE_ID},"my archive1",2012-05-15T17:19:46.700Z,${ARCHIVE_SIZE},${ARCHIVE_TREE_HASH}`,
      `${SECOND_ARCHIVE_ID},"my archive2",2012-05-15T17:19:50.850Z,1,${ONE_BYTE_TREE_HASH}`,
      '',
    ].join('\n'),
  },
  { id: 'ArchiveBytes.one-byte', summary: 'The one-byte archive `a`', source: '§5', value: 'a' },
  {
    id: 'DescribeVault.inventoried', summary: 'Vault with an inventory', source: '§2.5, §3.6',
    value: {
      VaultARN: VAULT_ARN,
      VaultName: VAULT_NAME,
      CreationDate: '2012-02-20T17:01:45.198Z',
      LastInventoryDate: '2012-03-20T17:03:43.221Z',
      NumberOfArchives: 192,
      SizeInBytes: 78088912,
    },
  },
  {
    id: 'DescribeVault.new', summary: 'New vault, no inventory yet (counts null)', source: '§3.6',
    value: { VaultARN: VAULT_ARN, VaultName: VAULT_NAME, CreationDate: '2012-02-20T17:01:45.198Z', LastInventoryDate: null, NumberOfArchives: null, SizeInBytes: null },
  },
];
