import type { JsonSchema } from './fact-types';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = (description: string) => ({ type: 'string', description });
const strEnum = (values: readonly string[], description: string) => ({ type: 'string', enum: values, description });

/** Where a select job writes its results: OutputLocation.S3 and its parts (§2.1). */
export const S3_LOCATION_SCHEMAS: { readonly [name: string]: JsonSchema } = {
  S3Location: {
    'x-source': '§2.1',
    type: 'object',
    properties: {
      BucketName: str('Bucket for the results.'),
      Prefix: str('Key prefix for the results.'),
      Encryption: ref('Encryption'),
      CannedACL: strEnum(
        ['private', 'public-read', 'public-read-write', 'aws-exec-read', 'authenticated-read', 'bucket-owner-read', 'bucket-owner-full-control'],
        'Canned ACL for the result objects.',
      ),
      AccessControlList: { type: 'array', items: ref('Grant') },
      Tagging: ref('StringMap'),
      UserMetadata: ref('StringMap'),
      StorageClass: strEnum(['STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA'], 'Storage class of the result objects.'),
    },
  },
  Encryption: {
    'x-source': '§2.1',
    type: 'object',
    properties: {
      EncryptionType: strEnum(['aws:kms', 'AES256'], 'Server-side encryption algorithm.'),
      KMSKeyId: str('KMS key ID for aws:kms.'),
      KMSContext: str('KMS encryption context.'),
    },
  },
  Grant: {
    'x-source': '§2.1',
    type: 'object',
    properties: {
      Grantee: ref('Grantee'),
      Permission: strEnum(['FULL_CONTROL', 'WRITE', 'WRITE_ACP', 'READ', 'READ_ACP'], 'Granted permission.'),
    },
  },
  Grantee: {
    'x-source': '§2.1',
    type: 'object',
    required: ['Type'],
    properties: {
      Type: strEnum(['AmazonCustomerByEmail', 'CanonicalUser', 'Group'], 'Kind of grantee.'),
      DisplayName: str('Screen name of the grantee.'),
      URI: str('URI of the grantee group.'),
      ID: str('Canonical user ID.'),
      EmailAddress: str('Email address of the grantee.'),
    },
  },
  StringMap: {
    'x-source': '§2.1',
    description: 'String-to-string map (Tagging, UserMetadata).',
    type: 'object',
    additionalProperties: { type: 'string' },
  },
};
