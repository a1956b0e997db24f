/**
 * When a throttled request is tried again, and after how long (design.md "Staging
 * safety": throttling is retried with backoff and counted, not failed). Pure: the time
 * and the random source are arguments.
 */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 turns retrying off. */
  readonly maxRetries: number;
  /** Backoff ceiling for the first retry; doubles per retry. */
  readonly baseDelayMs: number;
  /** Cap of the exponential backoff. */
  readonly maxDelayMs: number;
  /** Cap of a Retry-After a target asks for, so a hostile target cannot park the run. */
  readonly maxRetryAfterMs: number;
}

/**
 * AWS error codes that mean "slow down". LimitExceededException also names a hard limit
 * (1,000 vaults, §2.5); the retry bound keeps that case short, and the last answer is
 * still returned, so the engine sees it.
 */
export const THROTTLING_CODES: ReadonlySet<string> = new Set([
  'ThrottlingException',
  'LimitExceededException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);

/** HTTP 429, or a Glacier error body / x-amzn-errortype naming a throttling code. */
export function isThrottling(status: number, awsCode: string | undefined): boolean {
  if (status === 429) return true;
  return status >= 400 && awsCode !== undefined && THROTTLING_CODES.has(awsCode);
}

/** Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Exponential backoff with full jitter: uniform in [0, min(cap, base · 2^retry)). */
export function backoffDelayMs(retryIndex: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number }
  | { readonly retry: false; readonly reason: 'not-throttled' | 'retries-exhausted' };

export interface ThrottleSignal {
  readonly status: number;
  readonly awsCode: string | undefined;
  readonly retryAfter: string | undefined;
}

/**
 * Whether to retry after `retriesSoFar` retries. A Retry-After is a floor under the
 * jittered backoff: the target's wish is honoured, and jitter still spreads callers.
 */
export function decideRetry(
  answer: ThrottleSignal,
  retriesSoFar: number,
  policy: RetryPolicy,
  nowMs: number,
  random: () => number,
): RetryDecision {
  if (!isThrottling(answer.status, answer.awsCode)) return { retry: false, reason: 'not-throttled' };
  if (retriesSoFar >= policy.maxRetries) return { retry: false, reason: 'retries-exhausted' };
  const backoff = backoffDelayMs(retriesSoFar, policy, random);
  const asked = parseRetryAfter(answer.retryAfter, nowMs);
  const floor = asked === undefined ? 0 : Math.min(asked, policy.maxRetryAfterMs);
  return { retry: true, delayMs: Math.max(backoff, floor) };
}
