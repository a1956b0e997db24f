import type { Failure, FailureKind, TimeoutPhase } from '../core/exchange-failure';
import { TransportError } from './transport-failure';

interface Classification {
  readonly kind: FailureKind;
  readonly phase?: TimeoutPhase;
}

/**
 * Error codes of node:net, node:tls and undici, and what they mean for a check.
 * A socket that closes mid-response shows up as UND_ERR_SOCKET ("other side closed")
 * or ECONNRESET depending on timing; both are a reset.
 */
const BY_CODE: Readonly<Record<string, Classification>> = {
  ECONNREFUSED: { kind: 'connection-refused' },
  ECONNRESET: { kind: 'connection-reset' },
  EPIPE: { kind: 'connection-reset' },
  UND_ERR_SOCKET: { kind: 'connection-reset' },
  UND_ERR_CLOSED: { kind: 'connection-reset' },
  UND_ERR_DESTROYED: { kind: 'connection-reset' },
  ENOTFOUND: { kind: 'dns-failure' },
  EAI_AGAIN: { kind: 'dns-failure' },
  ETIMEDOUT: { kind: 'timeout', phase: 'connect' },
  UND_ERR_CONNECT_TIMEOUT: { kind: 'timeout', phase: 'connect' },
  UND_ERR_HEADERS_TIMEOUT: { kind: 'timeout', phase: 'first-byte' },
  UND_ERR_BODY_TIMEOUT: { kind: 'timeout', phase: 'body' },
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: { kind: 'bad-content-length' },
  HPE_UNEXPECTED_CONTENT_LENGTH: { kind: 'bad-content-length' },
  HPE_INVALID_CONTENT_LENGTH: { kind: 'bad-content-length' },
  UND_ERR_HEADERS_OVERFLOW: { kind: 'protocol-error' },
  UND_ERR_INFO: { kind: 'protocol-error' },
  UND_ERR_ABORTED: { kind: 'aborted' },
  // Raised before anything is sent: a check built a request HTTP cannot carry.
  UND_ERR_INVALID_ARG: { kind: 'invalid-request' },
  ERR_INVALID_CHAR: { kind: 'invalid-request' },
  ERR_INVALID_HTTP_TOKEN: { kind: 'invalid-request' },
  ABORT_ERR: { kind: 'aborted' },
};

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function lookup(code: string): Classification | undefined {
  if (BY_CODE[code]) return BY_CODE[code];
  if (code.startsWith('HPE_')) return { kind: 'protocol-error' };
  if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.includes('CERT')) return { kind: 'tls-error' };
  return undefined;
}

/** undici's HTTPParserError sometimes carries no code; its message still says what broke. */
function byName(error: unknown, message: string): Classification | undefined {
  if ((error as Error).name !== 'HTTPParserError') return undefined;
  return { kind: /content-length/i.test(message) ? 'bad-content-length' : 'protocol-error' };
}

/** The first line of a message: reports and transcripts keep one line per failure. */
function oneLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

/**
 * Turns whatever a transport threw into a {@link Failure}. Looks through `cause`
 * chains (undici wraps socket errors) and AggregateErrors (happy-eyeballs connects).
 * Unknown errors become `protocol-error` with their message: a target can only make
 * the transport throw by sending something it did not expect.
 */
export function classifyError(error: unknown): Failure {
  if (error instanceof TransportError) return error.failure;
  const seen: unknown[] = [];
  for (let current: unknown = error; current && !seen.includes(current); ) {
    seen.push(current);
    const code = codeOf(current);
    const message = oneLine(String((current as Error).message ?? current));
    const found = (code === undefined ? undefined : lookup(code)) ?? byName(current, message);
    if (found) return { ...found, message: code ? `${code}: ${message}` : message };
    const nested = (current as AggregateError).errors;
    current = Array.isArray(nested) && nested.length > 0 ? nested[0] : (current as Error).cause;
  }
  return { kind: 'protocol-error', message: oneLine(String((error as Error)?.message ?? error)) };
}
