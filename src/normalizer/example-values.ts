/**
 * The identifiers every example in the model shares, so a mocked InitiateJob,
 * DescribeJob, ListJobs and GetJobOutput tell one consistent story. Shapes and
 * values follow the DG examples quoted in glacier-jobs-api.md (§1, §2, §3.6);
 * the archive is §5's 3,145,733-byte pattern archive, so its hashes are real.
 */
export const ACCOUNT_ID = '111122223333';
export const REGION = 'us-west-2';
export const VAULT_NAME = 'examplevault';
export const VAULT_ARN = `arn:aws:glacier:${REGION}:${ACCOUNT_ID}:vaults/${VAULT_NAME}`;

export const ARCHIVE_ID =
  'NkbByEQwRZn4tMLDgGqUgUzbLVqs2JnsqhLUwCbdnbqNxDIpdEC0C3nExVjCPlFDF3tFXf4rrTkAvEdkUaaEZEngjp5srI7kZmkCyPa3zQwPBgAeaIWoQ3XpeAxr5XXRHwwl4-hsU8ZEXAMPLEArchiveId';
export const ARCHIVE_SIZE = 3_145_733;
/** §5: tree hash of `bytes(i % 251 for i in range(3*1048576 + 5))`. */
export const ARCHIVE_TREE_HASH = 'c9e0c11a00161b193e0a1b3692ec553d4033a887f2086a7cadd4cd722d87f09f';
/** §6: leaf L0, the tree hash of that archive's first MiB. */
export const FIRST_MIB_TREE_HASH = '631b84027d6b9e52b539c4e8373622d23032dfadc64d60af87339c9037e4f769';
/** §5: tree hash (= SHA-256) of the one-byte payload `a`. */
export const ONE_BYTE_TREE_HASH = 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb';

export const ARCHIVE_JOB_ID =
  'HkF9p6o7yjhFx-K3CGl6fuSm6VzW9T7esGQfco8nUXVYwS0jlb5gq1JZ55yHgt5vP54ZShjoQzQVVh7vEXAMPLEjobID';
export const INVENTORY_JOB_ID =
  'XsM2iR6ZoqCw7G8p9KxV3Tb1yNfQeUa5LdHj0rPmWcEgSk4oBtYuIvZnAlDhFqJ2Ky6Rw9Xb3Tc8Vs1MEXAMPLEjobID';

export const SNS_TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT_ID}:ArchiveRetrievalNotificationTopic`;
export const REQUEST_ID = 'AAABZpJrTyioDC_HsOmHae8EZp_uBSJr6cnGOLKp_XJCl-Q';
export const HTTP_DATE = 'Wed, 10 Feb 2017 12:00:00 GMT';

export const JOB_LOCATION = `/${ACCOUNT_ID}/vaults/${VAULT_NAME}/jobs/${ARCHIVE_JOB_ID}`;
export const VAULT_LOCATION = `/${ACCOUNT_ID}/vaults/${VAULT_NAME}`;
export const ARCHIVE_LOCATION = `/${ACCOUNT_ID}/vaults/${VAULT_NAME}/archives/${ARCHIVE_ID}`;
