import { describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { createRateLimiter, takeToken, type TokenBucket } from './rate-limiter';
import type { Sleep } from './sleep';

describe('takeToken', () => {
  const limit = { ratePerSecond: 4, burst: 2 };

  it('lets a full bucket send at once', () => {
    expect(takeToken({ tokens: 2, updatedMs: 0 }, 0, limit)).toEqual({ bucket: { tokens: 1, updatedMs: 0 }, waitMs: 0 });
  });

  it('makes the caller after the burst wait one token interval', () => {
    expect(takeToken({ tokens: 0, updatedMs: 0 }, 0, limit).waitMs).toBe(250);
  });

  it('queues concurrent callers one interval apart', () => {
    let bucket: TokenBucket = { tokens: 0, updatedMs: 0 };
    const waits: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const taken = takeToken(bucket, 0, limit);
      bucket = taken.bucket;
      waits.push(taken.waitMs);
    }
    expect(waits).toEqual([250, 500, 750]);
  });

  it('refills with elapsed time but never beyond the burst', () => {
    expect(takeToken({ tokens: 0, updatedMs: 0 }, 10_000, limit).bucket.tokens).toBe(1);
  });
});

describe('createRateLimiter', () => {
  it('spaces 10 requests at 5 per second over 1.8 s of injected time', async () => {
    const clock = manualClock(0);
    const sendTimes: number[] = [];
    const sleep: Sleep = async (ms) => clock.advance(ms);
    const limiter = createRateLimiter({ ratePerSecond: 5, burst: 1 }, clock, sleep);
    for (let i = 0; i < 10; i += 1) {
      await limiter.acquire();
      sendTimes.push(clock.now());
    }
    expect(sendTimes).toEqual([0, 200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800]);
  });

  it('does not wait when requests are already slower than the rate', async () => {
    const clock = manualClock(0);
    let slept = 0;
    const limiter = createRateLimiter({ ratePerSecond: 5, burst: 1 }, clock, async (ms) => {
      slept += ms;
    });
    for (let i = 0; i < 5; i += 1) {
      await limiter.acquire();
      clock.advance(300);
    }
    expect(slept).toBe(0);
  });
});
