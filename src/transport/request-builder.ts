import { createHash } from 'node:crypto';
import { treeHash } from '../treehash/tree-hash';
import type { BodyMode } from './attempt';
import type { RequestBodyRecord } from '../core/exchange';
import { GLACIER_API_VERSION, GLACIER_VERSION_HEADER } from '../core/glacier-api';
import type { PreparedRequest } from './exchange-runner';


/** Per-call knobs a check uses to step off the happy path. */
export interface CallOptions {
  /** Overrides the client's account id (`-` by default) for this call. */
  readonly accountId?: string;
  /** Adds or replaces headers; `null` removes one (also a default one). Names are case-insensitive. */
  readonly headers?: Readonly<Record<string, string | null>>;
  /** Sends no `x-amz-glacier-version` (the §4 MissingParameterValueException case). */
  readonly omitGlacierVersion?: boolean;
  readonly signal?: AbortSignal;
}

export type RequestBody = { readonly json: unknown } | { readonly bytes: Uint8Array; readonly contentType?: string };

/** An operation before it has a URL: path segments unencoded, query as ordered pairs. */
export interface RequestSpec {
  readonly operation: string;
  readonly method: string;
  readonly segments: readonly string[];
  readonly query?: readonly (readonly [string, string | undefined])[];
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: RequestBody;
  readonly mode: BodyMode;
}

function serializeBody(body: RequestBody | undefined): { bytes?: Uint8Array; record: RequestBodyRecord; type?: string } {
  if (body === undefined) return { record: { kind: 'none' } };
  if ('json' in body) {
    const bytes = Buffer.from(JSON.stringify(body.json), 'utf8');
    return { bytes, record: { kind: 'json', bytes: bytes.length, json: body.json }, type: 'application/json' };
  }
  const sha256 = createHash('sha256').update(body.bytes).digest('hex');
  const record: RequestBodyRecord = { kind: 'binary', bytes: body.bytes.length, sha256, treeHash: treeHash(body.bytes) };
  return { bytes: body.bytes, record, ...(body.contentType ? { type: body.contentType } : {}) };
}

function applyOverrides(headers: Record<string, string>, overrides: CallOptions['headers']): void {
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (value === null) delete headers[name.toLowerCase()];
    else headers[name.toLowerCase()] = value;
  }
}

/**
 * One identifier, one path segment, whatever it holds: `/` and `?` are percent-encoded, and so
 * are the dots of a bare `.` or `..` (`%2E%2E`), which a URL would otherwise resolve away,
 * sending `GET …/jobs/..` to the vault (issue 15). The transport sends the path verbatim.
 */
export function encodePathSegment(segment: string): string {
  return segment === '.' || segment === '..' ? segment.replace(/\./g, '%2E') : encodeURIComponent(segment);
}

/** The URL, headers and body exactly as they go on the wire (before signing). Pure. */
export function prepareRequest(baseUrl: string, spec: RequestSpec, options: CallOptions = {}): PreparedRequest {
  const path = spec.segments.map(encodePathSegment).join('/');
  const query = (spec.query ?? [])
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  const url = `${baseUrl}/${path}${query ? `?${query}` : ''}`;
  const body = serializeBody(spec.body);
  const headers: Record<string, string> = { host: new URL(url).host };
  if (!options.omitGlacierVersion) headers[GLACIER_VERSION_HEADER] = GLACIER_API_VERSION;
  if (body.type) headers['content-type'] = body.type;
  applyOverrides(headers, spec.headers);
  applyOverrides(headers, options.headers);
  return {
    operation: spec.operation,
    mode: spec.mode,
    body: body.record,
    request: { method: spec.method, url, headers, ...(body.bytes ? { body: body.bytes } : {}) },
  };
}
