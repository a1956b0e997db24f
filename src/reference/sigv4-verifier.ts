import { timingSafeEqual } from 'node:crypto';
import type { GlacierError } from './glacier-errors';
import type { ReferenceRequest } from './reference-http';
import { canonicalRequest, sha256Hex, signature } from './sigv4-canonical';
import { SigV4Refusals } from './sigv4-refusals';

/** The one key pair a signing-checking server accepts. */
export interface SigV4Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** What the server holds against a request: its key pair, its region, its clock's time. */
export interface SigV4Context {
  readonly credentials: SigV4Credentials;
  readonly region: string;
  readonly nowMs: number;
}

/** AWS refuses a signing time more than 15 minutes from its clock, either way. */
export const MAX_SKEW_MS = 15 * 60 * 1000;

/** The headers of a request whose signature is checked once its body has been hashed. */
export interface SignedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A request whose headers passed: the signature is compared once the payload hash is known. */
export interface PendingSignature {
  readonly kind: 'pending';
  /** Checks `x-amz-content-sha256` against the body's hash, then the signature over it. */
  finish(payloadHash: string): GlacierError | undefined;
}

const AUTHORIZATION = /^AWS4-HMAC-SHA256\s+(.*)$/s;

function authorizationParameters(header: string): Record<string, string> | undefined {
  const match = AUTHORIZATION.exec(header.trim());
  if (!match) return undefined;
  const parameters: Record<string, string> = {};
  for (const part of match[1]!.split(',')) {
    const at = part.indexOf('=');
    if (at > 0) parameters[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return parameters;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');

/** The signing time from `X-Amz-Date` (`YYYYMMDDTHHMMSSZ`) or, without it, from an HTTP `Date`. */
function signingTime(headers: Readonly<Record<string, string>>): { amzDate: string; ms: number } | undefined {
  const amz = headers['x-amz-date'];
  if (amz !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amz);
    if (!m) return undefined;
    const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
    return { amzDate: amz, ms: Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) };
  }
  const ms = headers.date === undefined ? NaN : Date.parse(headers.date);
  return Number.isNaN(ms) ? undefined : { amzDate: iso(ms), ms };
}

const equalHex = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Everything SigV4 lets a server check from the headers alone, in AWS's order: an
 * Authorization header at all, its parameters, a signing time (X-Amz-Date or Date),
 * `host` signed, the access key, the credential scope (date, `glacier`, the server's
 * region, `aws4_request`) and the clock skew. Returns the refusal, or the check to
 * finish with the SHA-256 of the body as received (the server's streamed upload path
 * computes it as the bytes arrive; nothing is buffered for the verifier).
 */
export function checkSignatureHeaders(request: SignedRequest, context: SigV4Context): GlacierError | PendingSignature {
  const { headers } = request;
  const header = headers.authorization;
  if (header === undefined) return SigV4Refusals.missingToken();
  const parameters = authorizationParameters(header);
  if (!parameters) return SigV4Refusals.incomplete(`Authorization header requires 'Credential' parameter. Authorization=${header.split(/\s/)[0]}`);
  for (const name of ['Credential', 'Signature', 'SignedHeaders']) {
    if (!parameters[name]) return SigV4Refusals.incomplete(`Authorization header requires '${name}' parameter. Authorization=AWS4-HMAC-SHA256`);
  }
  const time = signingTime(headers);
  if (!time) return SigV4Refusals.incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  const signedHeaders = parameters.SignedHeaders!.split(';');
  if (!signedHeaders.includes('host')) return SigV4Refusals.incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  const scope = parameters.Credential!.split('/');
  if (scope.length !== 5) return SigV4Refusals.incomplete(`Credential should have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${parameters.Credential}'`);
  const [accessKeyId, date, region, service, terminator] = scope as [string, string, string, string, string];
  if (accessKeyId !== context.credentials.accessKeyId) return SigV4Refusals.unknownKey();
  if (date !== time.amzDate.slice(0, 8)) return SigV4Refusals.scopeDate(date, time.amzDate);
  if (service !== 'glacier') return SigV4Refusals.scopeService();
  if (region !== context.region) return SigV4Refusals.scopeRegion(region);
  if (terminator !== 'aws4_request') return SigV4Refusals.scopeTerminator(terminator);
  if (time.ms < context.nowMs - MAX_SKEW_MS) return SigV4Refusals.expired(time.amzDate, iso(context.nowMs - MAX_SKEW_MS), iso(context.nowMs));
  if (time.ms > context.nowMs + MAX_SKEW_MS) return SigV4Refusals.notYetCurrent(time.amzDate, iso(context.nowMs + MAX_SKEW_MS), iso(context.nowMs));
  const missing = signedHeaders.find((name) => headers[name] === undefined);
  if (missing !== undefined) return SigV4Refusals.mismatch();
  const sent = parameters.Signature!;
  return {
    kind: 'pending',
    finish(payloadHash) {
      const declared = headers['x-amz-content-sha256'];
      if (declared !== undefined && declared.toLowerCase() !== payloadHash) return SigV4Refusals.payloadMismatch(payloadHash, declared);
      const canonical = canonicalRequest({ method: request.method, target: request.path, signedHeaders, headers, payloadHash });
      const expected = signature(context.credentials.secretAccessKey, [date, region, service], time.amzDate, canonical);
      return equalHex(expected, sent.toLowerCase()) ? undefined : SigV4Refusals.mismatch();
    },
  };
}

/**
 * Verifies a request held whole (the msw adapter, tests): the header checks, then the
 * payload hash of `request.body` and the signature. Undefined when it is valid.
 */
export function verifySigV4(request: ReferenceRequest, context: SigV4Context): GlacierError | undefined {
  const checked = checkSignatureHeaders(request, context);
  return checked.kind === 'pending' ? checked.finish(sha256Hex(request.body)) : checked;
}
