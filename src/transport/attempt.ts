import type { Clock } from '../core/clock';
import { isJsonContentType, parseJson, readBoundedBody } from './body-reader';
import { classifyError } from './classify-error';
import { redirectFailure } from './interpret-response';
import { digestBody, type OutputDigest } from './output-digest';
import type { RawResponse, Target, TargetRequest } from './target';
import type { Failure } from '../core/exchange-failure';

/** How a successful answer's body is consumed: parsed JSON, ignored-but-recorded, or streamed. */
export type BodyMode = 'json' | 'empty' | 'stream';

export interface BodyLimits {
  /** Largest JSON (or error, or empty-op) body read into memory; beyond it: `body-too-large`. */
  readonly maxJsonBodyBytes: number;
  /** Get Job Output bodies up to this size are also kept as text (inventories). */
  readonly keepOutputTextBytes: number;
}

/** What one attempt received, before redaction. `failure` is set when the transport broke. */
export interface AttemptResult {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly bytes: number;
  readonly body?: Buffer;
  readonly json?: unknown;
  readonly digest?: OutputDigest;
  readonly firstByteMs?: number;
  readonly failure?: Failure;
}

async function* counted(body: AsyncIterable<Uint8Array>, count: { bytes: number }) {
  for await (const chunk of body) {
    count.bytes += chunk.length;
    yield chunk;
  }
}

async function readBody(raw: RawResponse, mode: BodyMode, limits: BodyLimits, count: { bytes: number }) {
  const source = { ...raw, body: counted(raw.body, count) };
  if (mode === 'stream' && raw.status < 300) return { digest: await digestBody(source.body, limits.keepOutputTextBytes) };
  const body = await readBoundedBody(source, limits.maxJsonBodyBytes);
  const mustParse = mode === 'json' && raw.status < 300;
  // Error bodies are JSON by §4 even when a target forgets the Content-Type.
  const mayParse = body.length > 0 && (isJsonContentType(raw.headers['content-type']) || (raw.status >= 400 && body[0] === 0x7b));
  if (!mustParse && !mayParse) return { body };
  const parsed = parseJson(body);
  if (parsed.ok) return { body, json: parsed.value };
  // Only a result the operation promised as JSON fails; any other body is still an answer.
  if (!mustParse) return { body };
  // Returned, not thrown: the exchange shows the text that did not parse.
  const failure: Failure = { kind: 'invalid-json', status: raw.status, message: `invalid JSON body (${body.length} bytes): ${parsed.error}` };
  return { body, failure };
}

/**
 * Sends one request and consumes its answer within `signal`. Never rejects: whatever
 * breaks becomes `failure`, next to everything received until then.
 */
export async function runAttempt(
  target: Target,
  request: TargetRequest,
  mode: BodyMode,
  limits: BodyLimits,
  signal: AbortSignal,
  clock: Clock,
): Promise<AttemptResult> {
  const sentMs = clock.now();
  let raw: RawResponse;
  try {
    raw = await target.send(request, signal);
  } catch (error) {
    return { bytes: 0, failure: classifyError(error) };
  }
  const head = { status: raw.status, headers: raw.headers, firstByteMs: clock.now() - sentMs };
  if (raw.status >= 300 && raw.status < 400) {
    raw.discard();
    return { ...head, bytes: 0, failure: redirectFailure(raw.status, raw.headers.location) };
  }
  const count = { bytes: 0 };
  try {
    return { ...head, ...(await readBody(raw, mode, limits, count)), bytes: count.bytes };
  } catch (error) {
    raw.discard();
    return { ...head, bytes: count.bytes, failure: { status: raw.status, ...classifyError(error) } };
  }
}
