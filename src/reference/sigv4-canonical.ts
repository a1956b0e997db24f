import { createHash, createHmac } from 'node:crypto';

/**
 * The pieces of SigV4 (AWS General Reference, "Create a canonical request for Signature
 * Version 4") the verifier recomputes, written out rather than borrowed from a signing
 * library: a signer decides which headers it signs (and @smithy/signature-v4 drops
 * `date`), a verifier must take exactly the ones the client listed.
 */

/** RFC 3986 encoding as SigV4 wants it: everything but `A-Za-z0-9-_.~` as `%XX`, upper-case hex. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The canonical URI of a non-S3 service: the path as sent (still percent-encoded),
 * dot segments and empty segments removed, each segment encoded once more
 * (so `%2F` is signed as `%252F`, as every SDK does for Glacier).
 */
export function canonicalUri(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(uriEncode(segment));
  }
  const trailing = path.length > 1 && path.endsWith('/') && segments.length > 0 ? '/' : '';
  return `/${segments.join('/')}${trailing}`;
}

function decodeQueryPart(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The query's pairs decoded, re-encoded, sorted by name then value, joined with `&`. */
export function canonicalQuery(search: string): string {
  if (search === '') return '';
  const pairs = search
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      const name = at < 0 ? part : part.slice(0, at);
      const value = at < 0 ? '' : part.slice(at + 1);
      return [uriEncode(decodeQueryPart(name)), uriEncode(decodeQueryPart(value))] as const;
    });
  pairs.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

/** `name:value\n` for each signed header, in SignedHeaders order, values trimmed and inner runs of spaces collapsed. */
export function canonicalHeaders(names: readonly string[], headers: Readonly<Record<string, string>>): string {
  return names.map((name) => `${name}:${(headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
}

export interface CanonicalParts {
  readonly method: string;
  /** The request target as received: path and optional `?query`. */
  readonly target: string;
  readonly signedHeaders: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
  /** Hex SHA-256 of the body actually received. */
  readonly payloadHash: string;
}

export function canonicalRequest(parts: CanonicalParts): string {
  const queryAt = parts.target.indexOf('?');
  const path = queryAt < 0 ? parts.target : parts.target.slice(0, queryAt);
  const search = queryAt < 0 ? '' : parts.target.slice(queryAt + 1);
  return [
    parts.method.toUpperCase(),
    canonicalUri(path),
    canonicalQuery(search),
    canonicalHeaders(parts.signedHeaders, parts.headers),
    parts.signedHeaders.join(';'),
    parts.payloadHash,
  ].join('\n');
}

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The signature over `canonical` for `amzDate` (`YYYYMMDDTHHMMSSZ`) and the scope `date/region/service/aws4_request`. */
export function signature(secret: string, scope: readonly [string, string, string], amzDate: string, canonical: string): string {
  const [date, region, service] = scope;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, `${date}/${region}/${service}/aws4_request`, sha256Hex(canonical)].join('\n');
  let key: Buffer = Buffer.from(`AWS4${secret}`, 'utf8');
  for (const part of [date, region, service, 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}
