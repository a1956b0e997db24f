import type { Clock } from '../core/clock';
import type { Sleep } from './sleep';

/**
 * `--rate REQ_PER_S` as a token bucket (design.md "Staging safety"). The bucket is plain
 * data and {@link takeToken} is pure; {@link createRateLimiter} only adds the clock and
 * the waiting.
 */
export interface TokenBucket {
  /** May go negative: each caller reserves its token and waits off the deficit. */
  readonly tokens: number;
  readonly updatedMs: number;
}

export interface RateLimit {
  readonly ratePerSecond: number;
  /** Requests allowed back to back after an idle period. */
  readonly burst: number;
}

/**
 * Refills the bucket for the time passed since its last update, then takes one token.
 * `waitMs` is how long the caller must wait before sending; reserving (rather than
 * re-checking later) keeps concurrent callers in arrival order.
 */
export function takeToken(bucket: TokenBucket, nowMs: number, limit: RateLimit): { bucket: TokenBucket; waitMs: number } {
  const elapsedMs = Math.max(0, nowMs - bucket.updatedMs);
  const refilled = Math.min(limit.burst, bucket.tokens + (elapsedMs * limit.ratePerSecond) / 1000);
  const tokens = refilled - 1;
  const waitMs = tokens >= 0 ? 0 : (-tokens * 1000) / limit.ratePerSecond;
  return { bucket: { tokens, updatedMs: nowMs }, waitMs };
}

export interface RateLimiter {
  /** Resolves when the caller may send; rejects only when `signal` aborts the wait. */
  acquire(signal?: AbortSignal): Promise<void>;
}

/** Unbounded: the default when no `--rate` is given. */
export const unlimitedRate: RateLimiter = { acquire: async () => undefined };

export function createRateLimiter(limit: RateLimit, clock: Clock, sleep: Sleep): RateLimiter {
  if (!(limit.ratePerSecond > 0) || !Number.isFinite(limit.ratePerSecond)) return unlimitedRate;
  let bucket: TokenBucket = { tokens: limit.burst, updatedMs: clock.now() };
  return {
    async acquire(signal) {
      const taken = takeToken(bucket, clock.now(), limit);
      bucket = taken.bucket;
      if (taken.waitMs > 0) await sleep(taken.waitMs, signal);
    },
  };
}
