/**
 * Why an exchange produced no usable value, as plain data the engine and the report can
 * show. Every failure of the transport, and every non-2xx answer, becomes one of these;
 * nothing a target does (hang, reset, garbage) escapes as an exception.
 */
export const FAILURE_KINDS = {
  timeout: 'the target did not answer within a time limit (see phase)',
  'connection-refused': 'nothing accepted the connection',
  'connection-reset': 'the connection closed before the response was complete',
  'dns-failure': 'the target host name did not resolve',
  'tls-error': 'the TLS handshake or certificate check failed',
  'protocol-error': 'the target sent something that is not valid HTTP',
  'bad-content-length': 'the body length disagrees with Content-Length',
  'body-too-large': 'the body exceeded the size limit for its kind',
  'invalid-json': 'a JSON body did not parse',
  redirect: 'the target answered 3xx; redirects are not followed',
  'budget-exhausted': 'the run budget ran out before or during the request',
  'footprint-cap': 'sending the request would take the run past a footprint cap (--max-vaults, --max-uploads, --max-jobs, --max-retrieved-mib); not sent',
  aborted: 'the caller cancelled the request',
  'signing-error': 'the request could not be signed (credentials unavailable or expired)',
  'invalid-request': 'the request could not be sent as built (e.g. a header value HTTP forbids)',
  'aws-error': 'non-2xx answer with a Glacier error body (glacier-jobs-api.md §4)',
  'http-error': 'non-2xx answer without a Glacier error body',
  throttled: 'still throttled after the last allowed retry',
} as const;

export type FailureKind = keyof typeof FAILURE_KINDS;

/** Which limit a `timeout` hit. */
export type TimeoutPhase = 'connect' | 'first-byte' | 'body' | 'total';

/** The Glacier error body, `{code, message, type}` (§4), as the target sent it. */
export interface AwsErrorBody {
  readonly code: string;
  readonly message?: string;
  readonly type?: string;
}

export interface Failure {
  readonly kind: FailureKind;
  /** One line, already redacted. */
  readonly message: string;
  readonly phase?: TimeoutPhase;
  /** The HTTP status, when the target answered at all. */
  readonly status?: number;
  readonly awsError?: AwsErrorBody;
}

/** Kinds where the target gave no complete HTTP answer: the check could not be decided. */
const TRANSPORT_KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>([
  'timeout', 'connection-refused', 'connection-reset', 'dns-failure', 'tls-error',
  'protocol-error', 'bad-content-length', 'budget-exhausted', 'footprint-cap', 'aborted', 'signing-error', 'invalid-request',
]);

/** Whether the failure means "no answer" rather than "an answer that says no". */
export function isTransportFailure(failure: Failure): boolean {
  return TRANSPORT_KINDS.has(failure.kind);
}
