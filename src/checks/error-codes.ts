/**
 * AWS error codes and the HTTP status and `type` each implies
 * (glacier-jobs-api.md §4). InsufficientCapacityException is a §7.5 conflict:
 * 400 (model) or 503 (developer guide); both are accepted.
 */
export const ERROR_CODES: Readonly<Record<string, { readonly statuses: readonly number[]; readonly type: string }>> = {
  ResourceNotFoundException: { statuses: [404], type: 'Client' },
  InvalidParameterValueException: { statuses: [400], type: 'Client' },
  MissingParameterValueException: { statuses: [400], type: 'Client' },
  PolicyEnforcedException: { statuses: [400], type: 'Client' },
  InsufficientCapacityException: { statuses: [400, 503], type: 'Client|Server' },
  ServiceUnavailableException: { statuses: [500], type: 'Server' },
  RequestTimeoutException: { statuses: [408], type: 'Client' },
  LimitExceededException: { statuses: [400], type: 'Client' },
  NoLongerSupportedException: { statuses: [400], type: 'Client' },
  AccessDeniedException: { statuses: [403], type: 'Client' },
  BadRequest: { statuses: [400], type: 'Client' },
  ExpiredTokenException: { statuses: [403], type: 'Client' },
  InvalidSignatureException: { statuses: [403], type: 'Client' },
  MissingAuthenticationTokenException: { statuses: [400, 403], type: 'Client' },
  SerializationException: { statuses: [400], type: 'Client' },
  ThrottlingException: { statuses: [400, 429], type: 'Client' },
  UnrecognizedClientException: { statuses: [400], type: 'Client' },
};

/** Error `type` values (§3.1). */
export const ERROR_TYPES = ['Client', 'Server', 'Unknown'] as const;
