import type { OperationFact } from './fact-types';

const VAULT = '/{accountId}/vaults/{vaultName}';
const M_DEFAULT_ERRORS = ['ResourceNotFoundException', 'InvalidParameterValueException', 'MissingParameterValueException', 'ServiceUnavailableException'];

/** The fixture operations (§2.5), which the seed lacks entirely. */
export const VAULT_OPERATION_FACTS: readonly OperationFact[] = [
  {
    operationId: 'CreateVault', method: 'put', path: VAULT, tag: 'Vaults', source: '§2.5',
    summary: 'Create Vault',
    description: 'Creates the vault; idempotent. The request body must be empty. At most 1,000 vaults per account and region (else LimitExceededException).',
    parameters: [],
    success: [{ status: 201, description: 'Created; empty body.', source: '§2.5', headers: ['VaultLocation'] }],
    errors: ['InvalidParameterValueException', 'MissingParameterValueException', 'ServiceUnavailableException', 'LimitExceededException'],
    errorsSource: '§4',
  },
  {
    operationId: 'DescribeVault', method: 'get', path: VAULT, tag: 'Vaults', source: '§2.5',
    summary: 'Describe Vault',
    description: 'Returns the vault; the VaultExists/VaultNotExists waiters poll it (200 / ResourceNotFoundException). Counts come from the last inventory.',
    parameters: [],
    success: [{
      status: 200, description: 'The vault.', source: '§2.5, §3.6', headers: [],
      content: [{ mediaType: 'application/json', schema: 'DescribeVaultOutput', examples: ['DescribeVault.inventoried', 'DescribeVault.new'] }],
    }],
    errors: M_DEFAULT_ERRORS,
    errorsSource: '§4 (inferred: §4 gives no list for DescribeVault; the default list of the other read operations)',
  },
  {
    operationId: 'DeleteVault', method: 'delete', path: VAULT, tag: 'Vaults', source: '§2.5',
    summary: 'Delete Vault',
    description: 'Deletes the vault if its last inventory shows no archives and nothing was written since; otherwise 400 "Vault not empty or recently written to". Documented as idempotent, yet the model lists ResourceNotFoundException (§7.10).',
    parameters: [],
    success: [{ status: 204, description: 'Deleted; empty body.', source: '§2.5', headers: [] }],
    errors: M_DEFAULT_ERRORS,
    errorsSource: '§4, §7.10',
    errorExamples: { InvalidParameterValueException: 'InvalidParameterValueException.vault-not-empty' },
  },
  {
    operationId: 'UploadArchive', method: 'post', path: `${VAULT}/archives`, tag: 'Archives', source: '§2.5',
    summary: 'Upload Archive',
    description: 'Stores the body (1 byte to 4 GB) as a new immutable archive. The service checks the body against x-amz-sha256-tree-hash.',
    parameters: ['UploadTreeHash', 'UploadContentSha256', 'UploadArchiveDescription', 'UploadContentLength'],
    requestBody: {
      required: true, source: '§2.5', description: 'The archive bytes.',
      content: [{ mediaType: 'application/octet-stream', schema: 'ArchiveBytes', examples: ['ArchiveBytes.one-byte'] }],
    },
    success: [{ status: 201, description: 'Created; empty body.', source: '§2.5', headers: ['ArchiveLocation', 'ArchiveId', 'UploadedTreeHash'] }],
    errors: ['ResourceNotFoundException', 'InvalidParameterValueException', 'MissingParameterValueException', 'RequestTimeoutException', 'ServiceUnavailableException'],
    errorsSource: '§4',
    errorExamples: { InvalidParameterValueException: 'InvalidParameterValueException.checksum' },
  },
  {
    operationId: 'DeleteArchive', method: 'delete', path: `${VAULT}/archives/{archiveId}`, tag: 'Archives', source: '§2.5',
    summary: 'Delete Archive',
    description: 'Deletes the archive; idempotent. A retrieval already prepared stays downloadable.',
    parameters: ['ArchiveId'],
    success: [{ status: 204, description: 'Deleted; empty body.', source: '§2.5', headers: [] }],
    errors: M_DEFAULT_ERRORS,
    errorsSource: '§4',
  },
];
