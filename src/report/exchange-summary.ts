/** The parts of a transport exchange a report shows (see src/transport/exchange.ts). */
interface ExchangeLike {
  readonly operation?: string;
  readonly request?: { readonly method?: string; readonly url?: string; readonly headers?: Record<string, string>; readonly body?: { kind?: string; bytes?: number; json?: unknown; treeHash?: string } };
  readonly response?: { readonly status?: number; readonly headers?: Record<string, string>; readonly bytes?: number; readonly json?: unknown; readonly text?: string; readonly treeHash?: string };
  readonly outcome?: { readonly ok?: boolean; readonly failure?: { kind?: string; message?: string } };
}

/** `GET /-/vaults/v/jobs?limit=2 → 200, 2 jobs` : one line per exchange, for stories and summaries. */
export function summarizeExchange(raw: unknown): string {
  const exchange = raw as ExchangeLike;
  const url = exchange.request?.url ?? '';
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const range = exchange.request?.headers?.['range'];
  const request = `${exchange.request?.method ?? '?'} ${path}${range ? ` (Range: ${range})` : ''}`;
  const response = exchange.response;
  if (!response) return `${request} → no response: ${exchange.outcome?.failure?.kind ?? 'unknown'} ${exchange.outcome?.failure?.message ?? ''}`.trim();
  return `${request} → ${response.status}${describeBody(response)}`;
}

function describeBody(response: NonNullable<ExchangeLike['response']>): string {
  const json = response.json as Record<string, unknown> | undefined;
  if (json && typeof json === 'object') {
    if (typeof json['code'] === 'string') return ` ${json['code']}: ${String(json['message'] ?? '')}`;
    if (Array.isArray(json['JobList'])) return `, ${json['JobList'].length} jobs, Marker ${JSON.stringify(json['Marker'] ?? null)}`;
    if (typeof json['StatusCode'] === 'string') return `, ${String(json['StatusCode'])}`;
  }
  const parts = [];
  if (response.headers?.['content-range']) parts.push(`Content-Range ${response.headers['content-range']}`);
  if (response.bytes) parts.push(`${response.bytes} bytes`);
  if (response.headers?.['x-amz-job-id']) parts.push(`JobId ${response.headers['x-amz-job-id'].slice(0, 12)}…`);
  return parts.length ? `, ${parts.join(', ')}` : '';
}
