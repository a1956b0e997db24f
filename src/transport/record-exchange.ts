import type { AttemptResult } from './attempt';
import type { ExchangeRequest, ExchangeResponse, RequestBodyRecord } from '../core/exchange';
import { redactHeaders, redactText, redactUrl, redactValue, type SecretValues } from './redact';
import type { TargetRequest } from './target';
import type { Failure } from '../core/exchange-failure';

/**
 * The redacted, plain-data views of what was sent and received. Every string that came
 * from the wire or from our own signing passes through the redactor here, the single
 * place exchanges are built.
 */
export function recordRequest(sent: TargetRequest, body: RequestBodyRecord, secrets: SecretValues): ExchangeRequest {
  return {
    method: sent.method,
    url: redactUrl(sent.url, secrets),
    headers: redactHeaders(sent.headers, secrets),
    body: body.kind === 'json' ? { ...body, json: redactValue(body.json, secrets) } : body,
  };
}

/** Text of small bodies only: enough to read an error or a short inventory in a report. */
function smallText(result: AttemptResult, smallTextBytes: number): string | undefined {
  if (result.body && result.body.length <= smallTextBytes) return result.body.toString('utf8');
  const digest = result.digest;
  return digest?.text !== undefined && digest.bytes <= smallTextBytes ? digest.text : undefined;
}

export function recordResponse(
  result: AttemptResult,
  smallTextBytes: number,
  secrets: SecretValues,
): ExchangeResponse | undefined {
  if (result.status === undefined || result.headers === undefined) return undefined;
  const text = smallText(result, smallTextBytes);
  return {
    status: result.status,
    headers: redactHeaders(result.headers, secrets),
    bytes: result.bytes,
    ...(result.json === undefined ? {} : { json: redactValue(result.json, secrets) }),
    ...(text === undefined ? {} : { text: redactText(text, secrets) }),
    ...(result.digest ? { sha256: result.digest.sha256, treeHash: result.digest.treeHash } : {}),
  };
}

export function redactFailure(failure: Failure, secrets: SecretValues): Failure {
  const awsError = failure.awsError && redactValue(failure.awsError, secrets);
  return { ...failure, message: redactText(failure.message, secrets), ...(awsError ? { awsError } : {}) };
}
