import { createHash } from 'node:crypto';
import type { Exchange, ExchangeRecord, ExchangeResponse, RecordedResponse, RequestBodyRecord } from '../core/exchange';
import { redactFailure } from './record-exchange';
import { redactHeaders, redactText, redactUrl, redactValue, type SecretValues } from './redact';

/** Bodies longer than this are shown as their first characters, their length and their SHA-256. */
export const RECORDED_BODY_CHARS = 4 * 1024;

const isText = (contentType: string | undefined) => !contentType || /json|^text\/|xml/i.test(contentType);

/** JSON and text bodies, redacted, and cut to a preview with length and digest when long. */
function recordBody(json: unknown, text: string | undefined, secrets: SecretValues): Pick<RecordedResponse, 'json' | 'text' | 'truncated'> {
  const shown = text ?? (json === undefined ? undefined : JSON.stringify(json));
  if (shown === undefined) return {};
  const safe = redactText(shown, secrets);
  if (safe.length <= RECORDED_BODY_CHARS) return { ...(json === undefined ? {} : { json: redactValue(json, secrets) }), ...(text === undefined ? {} : { text: safe }) };
  const sha256 = createHash('sha256').update(safe).digest('hex');
  return { text: safe.slice(0, RECORDED_BODY_CHARS), truncated: { chars: safe.length, sha256 } };
}

function recordRequestBody(body: RequestBodyRecord, secrets: SecretValues): RequestBodyRecord {
  if (body.kind !== 'json') return body;
  const text = redactText(JSON.stringify(body.json) ?? 'null', secrets);
  return text.length <= RECORDED_BODY_CHARS ? { ...body, json: redactValue(body.json, secrets) } : { ...body, json: `${text.slice(0, RECORDED_BODY_CHARS)}… (${text.length} characters)` };
}

function recordResponse(response: ExchangeResponse, secrets: SecretValues): RecordedResponse {
  const { json, text, ...rest } = response;
  // Job output (an archive's bytes) is never decoded as text: size and hashes say what it was.
  const textual = isText(response.headers['content-type']);
  return { ...rest, headers: redactHeaders(response.headers, secrets), ...(textual ? recordBody(json, text, secrets) : {}) };
}

export type { ExchangeRecord };

/** The one way to an {@link ExchangeRecord}: every string passes the redactor, every body the caps. */
export function recordExchange(exchange: Omit<Exchange, 'record'>, secrets: SecretValues): ExchangeRecord {
  const { outcome, response, request, ...rest } = exchange;
  const record = {
    ...rest,
    request: { ...request, url: redactUrl(request.url, secrets), headers: redactHeaders(request.headers, secrets), body: recordRequestBody(request.body, secrets) },
    ...(response ? { response: recordResponse(response, secrets) } : {}),
    outcome: outcome.ok ? { ok: true as const } : { ok: false as const, failure: redactFailure(outcome.failure, secrets) },
  };
  return record as ExchangeRecord;
}
