import type { ByteSource } from './byte-source';
import { jsonText } from './json-text';

/**
 * The reference's request and response as plain data, shared by the pure core and
 * its adapters (msw handlers, node:http server). Adapters translate to and from the
 * wire; the core never sees a socket.
 */
export interface ReferenceRequest {
  readonly method: string;
  /** Path as received, still percent-encoded, with its `?query` if any. */
  readonly path: string;
  /** Header names in lowercase; a repeated header joined with `, ` as node:http does. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /**
   * An archive body the HTTP adapter streamed instead of buffering (UploadArchive,
   * UploadMultipartPart): its bytes (in memory or on disk) with their 1 MiB leaf digests and
   * SHA-256 computed as they arrived. `body` is then empty; the core reads this instead.
   */
  readonly payload?: ReceivedPayload;
}

export interface ReceivedPayload {
  readonly bytes: ByteSource;
  readonly leafDigests: readonly Uint8Array[];
  /** SHA-256 of the bytes, lowercase hex. */
  readonly sha256: string;
}

/**
 * A response body. Job output is a view into bytes the state already holds (the
 * archive, or a rendered inventory), so an adapter can stream it without copying.
 */
export type ResponseBody =
  | { readonly kind: 'empty' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'bytes'; readonly source: ByteSource; readonly offset: number; readonly length: number };

export interface ReferenceResponse {
  readonly status: number;
  /** Header names in lowercase. Adapters add Content-Length for JSON bodies. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: ResponseBody;
}

export const EMPTY_BODY: ResponseBody = { kind: 'empty' };

/** A JSON response with its Content-Type; the adapter serializes the value. */
export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): ReferenceResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: { kind: 'json', value } };
}

/** A response without a body (201 Create Vault, 202 Initiate Job, 204 deletes). */
export function emptyResponse(status: number, headers: Record<string, string> = {}): ReferenceResponse {
  return { status, headers: { 'content-length': '0', ...headers }, body: EMPTY_BODY };
}

/** Serialized bytes of frozen JSON values (a memoized ListJobs page): immutable, so serialized once. */
const frozenBytes = new WeakMap<object, Uint8Array>();

function jsonBytes(value: unknown): Uint8Array {
  const frozen = typeof value === 'object' && value !== null && Object.isFrozen(value);
  const cached = frozen ? frozenBytes.get(value) : undefined;
  if (cached) return cached;
  const bytes = Buffer.from(jsonText(value), 'utf8');
  if (frozen) frozenBytes.set(value as object, bytes);
  return bytes;
}

/** The bytes of a body as the wire carries them: JSON serialized, byte views sliced without copying. */
export function bodyBytes(body: ResponseBody): Uint8Array {
  switch (body.kind) {
    case 'empty':
      return new Uint8Array(0);
    case 'json':
      return jsonBytes(body.value);
    case 'bytes':
      return body.source.subarray(body.offset, body.offset + body.length);
  }
}
