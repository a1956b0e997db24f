/**
 * Glacier errors as data (glacier-jobs-api.md §4): each exception's HTTP status and
 * `type`, and constructors for the messages the real service is quoted sending.
 * Messages marked (inferred) have no quoted source; they follow the quoted ones' style.
 */
export const ERROR_TABLE = {
  ResourceNotFoundException: { status: 404, type: 'Client' },
  InvalidParameterValueException: { status: 400, type: 'Client' },
  MissingParameterValueException: { status: 400, type: 'Client' },
  PolicyEnforcedException: { status: 400, type: 'Client' },
  // §4 / §7.5: the model says 400, the DG 503 "Server"; the reference never lacks capacity,
  // so the choice is moot here and the model's reading is kept.
  InsufficientCapacityException: { status: 400, type: 'Client' },
  ServiceUnavailableException: { status: 500, type: 'Server' },
  RequestTimeoutException: { status: 408, type: 'Client' },
  LimitExceededException: { status: 400, type: 'Client' },
  NoLongerSupportedException: { status: 400, type: 'Client' },
  AccessDeniedException: { status: 403, type: 'Client' },
  ExpiredTokenException: { status: 403, type: 'Client' },
  InvalidSignatureException: { status: 403, type: 'Client' },
  IncompleteSignatureException: { status: 400, type: 'Client' },
  MissingAuthenticationTokenException: { status: 400, type: 'Client' },
  SerializationException: { status: 400, type: 'Client' },
  ThrottlingException: { status: 400, type: 'Client' },
  UnrecognizedClientException: { status: 400, type: 'Client' },
  // Not in the model's lists: what AWS front ends answer for a body declared over the limit (issue 14).
  RequestEntityTooLargeException: { status: 413, type: 'Client' },
  // Not a Glacier exception: what AWS front ends answer for a path no operation has.
  UnknownOperationException: { status: 404, type: 'Client' },
} as const satisfies Record<string, { status: number; type: 'Client' | 'Server' | 'Unknown' }>;

export type GlacierErrorCode = keyof typeof ERROR_TABLE;

/** An error as a value: the core returns these, the error rule turns them into responses. */
export interface GlacierError {
  readonly kind: 'glacier-error';
  readonly code: GlacierErrorCode;
  readonly message: string;
}

export function isGlacierError(value: unknown): value is GlacierError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'glacier-error';
}

const error = (code: GlacierErrorCode, message: string): GlacierError => ({ kind: 'glacier-error', code, message });

/** Constructors for every error the reference produces, so messages live in one place. */
export const GlacierErrors = {
  // §1: "Required parameter missing: API version".
  missingParameter: (name: string) => error('MissingParameterValueException', `Required parameter missing: ${name}`),
  invalidParameter: (message: string) => error('InvalidParameterValueException', message),
  vaultNotFound: (arn: string) => error('ResourceNotFoundException', `Vault not found for ARN: ${arn}`),
  jobNotFound: (jobId: string) => error('ResourceNotFoundException', `The job ID was not found: ${jobId}`),
  archiveNotFound: (archiveId: string) => error('ResourceNotFoundException', `The archive ID was not found: ${archiveId}`),
  jobNotReady: (jobId: string) =>
    error('InvalidParameterValueException', `The job is not currently available for download: ${jobId}`),
  rangeStartPastEnd: (rangeHeader: string) =>
    error('InvalidParameterValueException', `The start of the range is larger than size of retrieved data: ${rangeHeader}`),
  badStatusCode: (value: string) => error('InvalidParameterValueException', `The job status code is not valid: ${value}`),
  checksumMismatch: (expected: string, computed: string) =>
    error('InvalidParameterValueException', `Checksum mismatch: expected ${expected}, computed ${computed}`),
  vaultNotEmpty: (arn: string) => error('InvalidParameterValueException', `Vault not empty or recently written to: ${arn}`),
  malformedJson: (detail: string) => error('SerializationException', `Could not parse the request body as JSON: ${detail}`),
  // (inferred) wording for the remaining cases.
  badShape: (message: string) => error('SerializationException', message),
  bodyTooLarge: (length: number | string, max: number) =>
    error('RequestEntityTooLargeException', `Invalid Content-Length: ${length} (at most ${max} bytes here)`),
  // (inferred) wording: the S3 front end's message for the same condition.
  requestTimeout: () =>
    error('RequestTimeoutException', 'Your socket connection to the server was not read from or written to within the timeout period.'),
  tooManyVaults: (max: number) => error('LimitExceededException', `The number of vaults exceeds the limit of ${max}`),
  accessDenied: (accountId: string) =>
    error('AccessDeniedException', `The account ID in the path does not match the signer's account: ${accountId}`),
  unknownOperation: (method: string, path: string) =>
    error('UnknownOperationException', `No Glacier operation matches ${method} ${path}`),
  // Multipart (botocore's model describes the conditions; the wording is inferred in §4's style).
  uploadNotFound: (uploadId: string) => error('ResourceNotFoundException', `The upload ID was not found: ${uploadId}`),
  invalidPartSize: (value: string) => error('InvalidParameterValueException', `Invalid part size: ${value}`),
  invalidContentRange: (value: string, partSize: number) =>
    error('InvalidParameterValueException', `Content-Range: ${value} is incompatible with the part size ${partSize}`),
  tooManyParts: (max: number) => error('InvalidParameterValueException', `The upload already holds the maximum of ${max} parts`),
  archiveSizeMismatch: (sent: string, computed: number) =>
    error('InvalidParameterValueException', `Archive size mismatch: expected ${sent}, computed ${computed}`),
  missingRange: (start: number, end: number) =>
    error('InvalidParameterValueException', `The uploaded parts do not cover the archive: bytes ${start}-${end} are missing`),
  // (inferred) AWS writes select results to S3 and has nothing to download.
  selectOutputInS3: (jobId: string, path: string) =>
    error('InvalidParameterValueException', `The output of select job ${jobId} is written to ${path}, not downloaded with Get Job Output`),
  // (inferred) wording for the vault settings.
  notConfigured: (what: string, arn: string) => error('ResourceNotFoundException', `No ${what} is set for the vault: ${arn}`),
  tooManyTags: (max: number) => error('LimitExceededException', `A vault can have at most ${max} tags`),
  lockNotFound: (lockId: string) => error('InvalidParameterValueException', `The lock ID is not valid: ${lockId}`),
  vaultLocked: (arn: string) => error('InvalidParameterValueException', `The vault lock is already complete: ${arn}`),
  lockInProgress: (arn: string) => error('InvalidParameterValueException', `A vault lock is already in progress: ${arn}`),
  // DG "Amazon Glacier Data Retrieval Policies": the PolicyEnforcedException of InitiateJob.
  policyEnforced: () => error('PolicyEnforcedException', 'InitiateJob request denied by current data retrieval policy.'),
  tooManyCapacityUnits: (max: number) => error('LimitExceededException', `An account can hold at most ${max} provisioned capacity units`),
  badMarker: (marker: string) => error('InvalidParameterValueException', `The marker is not valid: ${marker}`),
  internal: () => error('ServiceUnavailableException', 'The reference failed to process the request'),
} as const;

/** The `{code, message, type}` body and status of `failure` (§4). */
export function errorStatusAndBody(failure: GlacierError): { status: number; body: { code: string; message: string; type: string } } {
  const entry = ERROR_TABLE[failure.code];
  return { status: entry.status, body: { code: failure.code, message: failure.message, type: entry.type } };
}
