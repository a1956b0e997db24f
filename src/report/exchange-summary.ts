import type { ExchangeRecord, RecordedResponse } from '../core/exchange';
import { isJsonObject } from '../core/json';

/** `GET /-/vaults/v/jobs?limit=2 → 200, 2 jobs` : one line per exchange, for stories and summaries. */
export function summarizeExchange(exchange: ExchangeRecord): string {
  const path = exchange.request.url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const range = exchange.request.headers['range'];
  const request = `${exchange.request.method} ${path}${range ? ` (Range: ${range})` : ''}`;
  const response = exchange.response;
  if (!response) {
    const failure = exchange.outcome.ok ? undefined : exchange.outcome.failure;
    return `${request} → no response: ${failure?.kind ?? 'unknown'} ${failure?.message ?? ''}`.trim();
  }
  return `${request} → ${response.status}${describeBody(response)}`;
}

function describeBody(response: RecordedResponse): string {
  const json = response.json;
  if (isJsonObject(json)) {
    if (typeof json['code'] === 'string') return ` ${json['code']}: ${String(json['message'] ?? '')}`;
    if (Array.isArray(json['JobList'])) return `, ${json['JobList'].length} jobs, Marker ${JSON.stringify(json['Marker'] ?? null)}`;
    if (typeof json['StatusCode'] === 'string') return `, ${String(json['StatusCode'])}`;
  }
  const parts = [];
  if (response.headers['content-range']) parts.push(`Content-Range ${response.headers['content-range']}`);
  if (response.bytes) parts.push(`${response.bytes} bytes`);
  if (response.headers['x-amz-job-id']) parts.push(`JobId ${response.headers['x-amz-job-id'].slice(0, 12)}…`);
  return parts.length ? `, ${parts.join(', ')}` : '';
}
