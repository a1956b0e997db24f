import { timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { GlacierError } from './glacier-errors';
import type { ReferenceRequest } from './reference-http';

/** The one key pair a signing-checking server accepts. */
export interface SigV4Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/\s]+)\/(\d{8})\/([^/\s]+)\/([^/\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/;

const failure = (code: GlacierError['code'], message: string): GlacierError => ({ kind: 'glacier-error', code, message });

// Wording of the AWS front end for these cases (DG:api-error-responses lists the codes, §4).
const INVALID_SIGNATURE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/** `20130524T000000Z` as a Date, or undefined. */
function parseAmzDate(text: string | undefined): Date | undefined {
  const match = text && /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

function queryObject(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const previous = query[key];
    query[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return query;
}

/**
 * Recomputes the SigV4 signature of a received request with `credentials` and compares
 * it to the one sent (@smithy/signature-v4 builds the canonical request, over exactly
 * the headers the client listed as signed). Returns the AWS error for a missing,
 * malformed, foreign-key or wrong signature (§4), or undefined when it matches.
 * The signing time is not checked against the clock: tests may run on a manual clock.
 */
export async function verifySigV4(request: ReferenceRequest, credentials: SigV4Credentials): Promise<GlacierError | undefined> {
  const header = request.headers.authorization;
  if (header === undefined) return failure('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const match = AUTHORIZATION.exec(header);
  const date = parseAmzDate(request.headers['x-amz-date']);
  if (!match || !date) return failure('InvalidSignatureException', 'The Authorization header or X-Amz-Date is malformed');
  const [, accessKeyId, , region, service, signedHeaders, signature] = match as unknown as string[];
  if (accessKeyId !== credentials.accessKeyId) {
    return failure('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  const names = signedHeaders!.split(';');
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = request.headers[name];
    if (value === undefined) return failure('InvalidSignatureException', INVALID_SIGNATURE);
    headers[name] = value;
  }
  const queryAt = request.path.indexOf('?');
  const signable = new HttpRequest({
    method: request.method,
    protocol: 'http:',
    hostname: headers.host ?? 'localhost',
    path: queryAt < 0 ? request.path : request.path.slice(0, queryAt),
    query: queryObject(queryAt < 0 ? '' : request.path.slice(queryAt + 1)),
    headers,
    body: request.body,
  });
  const signer = new SignatureV4({ credentials, region: region!, service: service!, sha256: Sha256, applyChecksum: false });
  const signed = await signer.sign(signable, { signingDate: date, signableHeaders: new Set(names) });
  const expected = /Signature=([0-9a-f]{64})$/.exec(String(signed.headers.authorization))?.[1] ?? '';
  const matches = expected.length === 64 && timingSafeEqual(Buffer.from(expected), Buffer.from(signature!));
  return matches ? undefined : failure('InvalidSignatureException', INVALID_SIGNATURE);
}
