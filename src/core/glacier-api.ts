/** The API version every Glacier request names (glacier-jobs-api.md §1). */
export const GLACIER_API_VERSION = '2012-06-01';

/** The header that carries it; a request without it gets 400 MissingParameterValueException (§1, §4). */
export const GLACIER_VERSION_HEADER = 'x-amz-glacier-version';

/**
 * The operations the suite knows: the four job operations and the vault operations its fixtures need (§2),
 * then the rest of the vault API the reference serves to real clients (botocore's model).
 */
export const OPERATION_NAMES = [
  'ListVaults',
  'CreateVault',
  'DescribeVault',
  'DeleteVault',
  'UploadArchive',
  'DeleteArchive',
  'InitiateJob',
  'ListJobs',
  'DescribeJob',
  'GetJobOutput',
  'InitiateMultipartUpload',
  'UploadMultipartPart',
  'CompleteMultipartUpload',
  'AbortMultipartUpload',
  'ListParts',
  'ListMultipartUploads',
  'SetVaultNotifications',
  'GetVaultNotifications',
  'DeleteVaultNotifications',
  'AddTagsToVault',
  'ListTagsForVault',
  'RemoveTagsFromVault',
  'SetVaultAccessPolicy',
  'GetVaultAccessPolicy',
  'DeleteVaultAccessPolicy',
  'InitiateVaultLock',
  'CompleteVaultLock',
  'AbortVaultLock',
  'GetVaultLock',
  'GetDataRetrievalPolicy',
  'SetDataRetrievalPolicy',
  'PurchaseProvisionedCapacity',
  'ListProvisionedCapacity',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];
