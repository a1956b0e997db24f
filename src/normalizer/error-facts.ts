import { ARCHIVE_ID, ARCHIVE_JOB_ID, VAULT_ARN } from './example-values';
import type { ExampleFact, ExceptionFact } from './fact-types';

/**
 * Glacier exceptions (§4). The order is the order of examples inside one
 * response: Prism serves the first example of a status, and a request it
 * rejects is most often missing a parameter, hence MissingParameterValue first.
 */
export const EXCEPTION_FACTS: readonly ExceptionFact[] = [
  { name: 'MissingParameterValueException', statuses: [400], type: 'Client', source: '§1, §4', quoted: true, message: 'Required parameter missing: API version' },
  { name: 'InvalidParameterValueException', statuses: [400], type: 'Client', source: '§4', quoted: true, message: 'The job status code is not valid: finished' },
  { name: 'PolicyEnforcedException', statuses: [400], type: 'Client', source: '§4', quoted: false, message: 'InitiateJob request denied by current data retrieval policy.' },
  { name: 'LimitExceededException', statuses: [400], type: 'Client', source: '§4', quoted: false, message: 'The request would exceed the number of vaults allowed for this account.' },
  { name: 'SerializationException', statuses: [400], type: 'Client', source: '§4', quoted: false, message: 'The request body could not be parsed as JSON.' },
  { name: 'NoLongerSupportedException', statuses: [400], type: 'Client', source: '§4', quoted: true, message: 'This API is no longer supported for new accounts. Please use Amazon S3 Glacier storage classes instead.' },
  { name: 'MissingAuthenticationTokenException', statuses: [400], type: 'Client', source: '§4', quoted: false, message: 'Missing Authentication Token' },
  { name: 'ThrottlingException', statuses: [400], type: 'Client', source: '§4', quoted: false, message: 'Rate exceeded' },
  { name: 'UnrecognizedClientException', statuses: [400], type: 'Client', source: '§4', quoted: false, message: 'The security token included in the request is invalid.' },
  { name: 'AccessDeniedException', statuses: [403], type: 'Client', source: '§1, §4', quoted: false, message: 'Access denied for account 111122223333' },
  { name: 'ExpiredTokenException', statuses: [403], type: 'Client', source: '§4', quoted: false, message: 'The security token included in the request is expired' },
  { name: 'InvalidSignatureException', statuses: [403], type: 'Client', source: '§4', quoted: false, message: 'The request signature we calculated does not match the signature you provided.' },
  { name: 'ResourceNotFoundException', statuses: [404], type: 'Client', source: '§4', quoted: true, message: `Vault not found for ARN: ${VAULT_ARN}` },
  { name: 'RequestTimeoutException', statuses: [408], type: 'Client', source: '§4', quoted: false, message: 'The upload timed out.' },
  { name: 'ServiceUnavailableException', statuses: [500], type: 'Server', source: '§4', quoted: false, message: 'Service is temporarily unavailable.' },
  // §7.5: the service model says 400, the DG says 503 (type Server); both are documented.
  { name: 'InsufficientCapacityException', statuses: [400, 503], type: 'Server', source: '§4, §7.5', quoted: false, message: 'There is not enough capacity to process this Expedited retrieval.' },
];

/**
 * Exceptions any operation can return on top of its service-model list: the
 * DG's common errors and M26's NoLongerSupportedException (§4).
 */
export const COMMON_EXCEPTIONS: readonly string[] = [
  'NoLongerSupportedException', 'MissingAuthenticationTokenException', 'ThrottlingException',
  'UnrecognizedClientException', 'AccessDeniedException', 'ExpiredTokenException', 'InvalidSignatureException',
];

/** Messages the real service is quoted with in §4, for the operations they belong to. */
export const SPECIFIC_ERROR_EXAMPLES: readonly ExampleFact[] = [
  {
    id: 'ResourceNotFoundException.job', summary: 'Unknown job ID', source: '§4',
    value: { code: 'ResourceNotFoundException', message: `The job ID was not found: ${ARCHIVE_JOB_ID}`, type: 'Client' },
  },
  {
    id: 'ResourceNotFoundException.archive', summary: 'Unknown archive ID', source: '§4',
    value: { code: 'ResourceNotFoundException', message: `The archive ID was not found: ${ARCHIVE_ID}`, type: 'Client' },
  },
  {
    id: 'InvalidParameterValueException.not-ready', summary: 'Job output not available yet', source: '§4',
    value: { code: 'InvalidParameterValueException', message: `The job is not currently available for download: ${ARCHIVE_JOB_ID}`, type: 'Client' },
  },
  {
    id: 'InvalidParameterValueException.vault-not-empty', summary: 'Vault not empty', source: '§2.5, §4',
    value: { code: 'InvalidParameterValueException', message: `Vault not empty or recently written to: ${VAULT_ARN}`, type: 'Client' },
  },
  {
    id: 'InvalidParameterValueException.checksum', summary: 'Tree hash does not match the body', source: '§4',
    value: {
      code: 'InvalidParameterValueException', type: 'Client',
      message: 'Checksum mismatch: expected 0000000000000000000000000000000000000000000000000000000000000000, computed ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb',
    },
  },
];

/** The default example of each exception: its §4 message. */
export function exceptionExamples(): ExampleFact[] {
  return EXCEPTION_FACTS.map((exception) => ({
    id: exception.name,
    summary: exception.quoted ? exception.name : `${exception.name} (message illustrative)`,
    source: exception.source as ExampleFact['source'],
    value: { code: exception.name, message: exception.message, type: exception.type },
  }));
}
