/**
 * What a check sees of one response: exactly what came over the wire, as
 * plain data. The engine builds it from the transport's exchange; checks never
 * see sockets or streams. Binary bodies arrive as counts and digests only.
 */
export interface ObservedResponse {
  readonly status: number;
  /** Lowercase header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed body when it was JSON. */
  readonly json?: unknown;
  /** Body text when it was small enough to keep (JSON, CSV, error bodies). */
  readonly text?: string;
  /** Bytes received in the body. */
  readonly bytes: number;
  /** Tree hash of the body bytes received (GetJobOutput). */
  readonly treeHash?: string;
  /** Linear SHA-256 of the body bytes received (GetJobOutput). */
  readonly sha256?: string;
}

/** The fields of an AWS error body, when the response has one. */
export function errorBody(response: ObservedResponse): { code?: unknown; message?: unknown; type?: unknown } | undefined {
  const body = response.json;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  return body as { code?: unknown; message?: unknown; type?: unknown };
}
