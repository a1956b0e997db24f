/**
 * Credentials and signatures never reach a report, log or transcript (design.md "Staging
 * safety"). Everything the transport records passes through these functions; the report
 * writer reuses them. Two layers: known-sensitive places (headers, query parameters,
 * `Signature=` / `Credential=` fragments) by name, and the actual secret values by
 * content, wherever they appear (a target may echo them in an error message).
 */
export const REDACTED = '[REDACTED]';

/** Header names whose whole value is secret (lowercase). */
export const SENSITIVE_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'x-amz-security-token',
  'cookie',
  'set-cookie',
]);

/** Query parameters of presigned URLs whose value is secret (lowercase). */
const SENSITIVE_QUERY: ReadonlySet<string> = new Set(['x-amz-signature', 'x-amz-credential', 'x-amz-security-token']);

/** Fragments of SigV4 text (Authorization values, InvalidSignatureException messages). */
const SENSITIVE_PATTERNS: readonly RegExp[] = [
  /(Signature=)[0-9a-fA-F]+/g,
  /(Credential=)[^,\s"&]+/g,
  /()\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  // A credential scope (date/region/service/aws4_request) outside a Credential= (a string-to-sign, an echo).
  /()\b\d{8}\/[a-z0-9-]+\/[a-z0-9-]+\/aws4_request\b/g,
  // A signature outside a Signature= (a presigned URL's value, an echoed string-to-sign's result).
  /(X-Amz-Signature[=:]\s*)[0-9a-fA-F]{64}/gi,
];

/** The secret values in use (access key id, secret key, session token). Mutable: credentials refresh. */
export type SecretValues = ReadonlySet<string>;

/** Replaces every secret value and SigV4 fragment in free text. */
export function redactText(text: string, secrets: SecretValues): string {
  let result = text;
  for (const secret of secrets) {
    // Very short strings would shred ordinary text; real credential values are long.
    if (secret.length < 8) continue;
    // Also the percent-encoded form a URL or a canonical request would carry.
    for (const form of new Set([secret, encodeURIComponent(secret)])) result = result.split(form).join(REDACTED);
  }
  for (const pattern of SENSITIVE_PATTERNS) result = result.replace(pattern, `$1${REDACTED}`);
  return result;
}

export function redactHeaders(headers: Readonly<Record<string, string>>, secrets: SecretValues): Record<string, string> {
  const redacted: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    redacted[name] = SENSITIVE_HEADERS.has(name.toLowerCase()) ? REDACTED : redactText(value, secrets);
  }
  return redacted;
}

export function redactUrl(url: string, secrets: SecretValues): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url, secrets);
  }
  const sensitiveQuery = [...parsed.searchParams.keys()].some((name) => SENSITIVE_QUERY.has(name.toLowerCase()));
  // Re-serializing normalizes the URL; keep it byte-exact unless something must go.
  if (!sensitiveQuery && !parsed.username && !parsed.password) return redactText(url, secrets);
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? 'redacted' : '';
    parsed.password = parsed.password ? 'redacted' : '';
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (SENSITIVE_QUERY.has(name.toLowerCase())) parsed.searchParams.set(name, REDACTED);
  }
  return redactText(parsed.toString(), secrets);
}

/** Deep copy of a JSON-like value with every string redacted (keys included). */
export function redactValue<T>(value: T, secrets: SecretValues): T {
  if (typeof value === 'string') return redactText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[redactText(key, secrets)] = redactValue(item, secrets);
  return copy as T;
}
