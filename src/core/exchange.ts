import type { Failure } from './exchange-failure';

/**
 * One operation as it went over the wire, as plain redacted data: what the transport
 * records, what checks judge (its response), what the engine keeps per step and what
 * the report shows (design.md: "the HTTP exchanges that show it (secrets
 * redacted)"). Safe to JSON.stringify; holds no streams, buffers or secrets.
 */
export interface Exchange<T = unknown> {
  /** AWS operation name (`DescribeJob`), or the caller's label for a raw request. */
  readonly operation: string;
  /** The Target's description: `embedded reference` or the base URL. */
  readonly target: string;
  readonly request: ExchangeRequest;
  /** Absent when no response head arrived (refused, timeout before headers, budget). */
  readonly response?: ExchangeResponse;
  readonly timings: ExchangeTimings;
  /** Throttled attempts that were retried before this result (0 = first try). */
  readonly retries: number;
  readonly retryDelaysMs: readonly number[];
  readonly outcome: Outcome<T>;
  /** What a report may show of this exchange: redacted, bodies capped, without the parsed value. */
  readonly record: ExchangeRecord;
}

declare const redacted: unique symbol;

/** A response as a report shows it: small bodies whole, large ones as a preview and a digest. */
export interface RecordedResponse extends Omit<ExchangeResponse, 'json' | 'text'> {
  readonly json?: unknown;
  /** The body text, or its first characters when `truncated`. */
  readonly text?: string;
  /** Set when the body was too long to keep: `text` is a preview, `sha256` the whole body's. */
  readonly truncated?: { readonly chars: number; readonly sha256: string };
}

/**
 * What reports, logs and transcripts hold of an exchange: redacted and size-capped. Only the
 * transport's recorder (src/transport/exchange-record.ts) builds one, through the redactor:
 * the brand is declared here and exported nowhere, so anything else needs a visible cast
 * (issue 15). The parsed value the checks read (`outcome.value`) is never part of it.
 */
export type ExchangeRecord = Omit<Exchange, 'outcome' | 'response' | 'request' | 'record'> & {
  readonly request: ExchangeRequest;
  readonly response?: RecordedResponse;
  readonly outcome: { readonly ok: true } | { readonly ok: false; readonly failure: Failure };
  readonly [redacted]: true;
};

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

export interface ExchangeRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: RequestBodyRecord;
}

/** JSON bodies are shown; binary bodies only by size and hashes. */
export type RequestBodyRecord =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly bytes: number; readonly json: unknown }
  | { readonly kind: 'binary'; readonly bytes: number; readonly sha256: string; readonly treeHash: string };

/**
 * One response exactly as it came over the wire, as plain data: what checks see
 * (never sockets or streams). Binary bodies arrive as counts and digests only.
 */
export interface ExchangeResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Body bytes received (all of them for streamed bodies; up to the failure otherwise). */
  readonly bytes: number;
  /** The parsed body, when it was JSON. */
  readonly json?: unknown;
  /** The raw body text, for small bodies only. */
  readonly text?: string;
  /** Hashes of a streamed (Get Job Output) body. */
  readonly sha256?: string;
  readonly treeHash?: string;
}

export interface ExchangeTimings {
  /** Wall-clock start of the call (epoch ms), before any rate-limit wait. */
  readonly startMs: number;
  /** From sending the last attempt to its response head; absent without a response. */
  readonly firstByteMs?: number;
  /** From the call's start to its end, waits and retries included. */
  readonly totalMs: number;
}
