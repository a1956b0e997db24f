import { describe, expect, it } from 'vitest';
import { backoffDelayMs, decideRetry, isThrottling, parseRetryAfter } from './retry-policy';

const policy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };
const NOW = Date.UTC(2026, 0, 1);

describe('isThrottling', () => {
  it.each([
    [429, undefined, true],
    [400, 'ThrottlingException', true],
    [400, 'LimitExceededException', true],
    [400, 'InvalidParameterValueException', false],
    [503, undefined, false],
    [200, 'ThrottlingException', false],
  ])('status %d with code %s is %s', (status, code, expected) => {
    expect(isThrottling(status, code)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['3', 3000],
    [' 0 ', 0],
    [new Date(NOW + 7000).toUTCString(), 7000],
    [new Date(NOW - 7000).toUTCString(), 0],
    ['soon', undefined],
    [undefined, undefined],
  ])('reads %s as %s ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('backoffDelayMs', () => {
  it('doubles the ceiling per retry up to the cap (full jitter scales it)', () => {
    const ceilings = [0, 1, 2, 3, 4, 5].map((retry) => backoffDelayMs(retry, policy, () => 0.999_999));
    expect(ceilings).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });
});

describe('decideRetry', () => {
  const throttled = { status: 400, awsCode: 'ThrottlingException', retryAfter: undefined };

  it('never retries an answer that is not throttling', () => {
    const plain400 = { status: 400, awsCode: 'InvalidParameterValueException', retryAfter: '1' };
    expect(decideRetry(plain400, 0, policy, NOW, () => 0.5)).toEqual({ retry: false, reason: 'not-throttled' });
  });

  it('stops at the retry bound', () => {
    expect(decideRetry(throttled, 3, policy, NOW, () => 0.5)).toEqual({ retry: false, reason: 'retries-exhausted' });
  });

  it('waits at least the Retry-After the target asked for, capped', () => {
    expect(decideRetry({ ...throttled, retryAfter: '2' }, 0, policy, NOW, () => 0.5)).toEqual({ retry: true, delayMs: 2000 });
    expect(decideRetry({ ...throttled, retryAfter: '3600' }, 0, policy, NOW, () => 0.5)).toEqual({ retry: true, delayMs: 5000 });
  });

  it('uses the jittered backoff without a Retry-After', () => {
    expect(decideRetry(throttled, 2, policy, NOW, () => 0.5)).toEqual({ retry: true, delayMs: 200 });
  });
});
