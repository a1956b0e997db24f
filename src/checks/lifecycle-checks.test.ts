import { describe, expect, it } from 'vitest';
import { lifecycleChecks } from './lifecycle-checks';

const withinBound = lifecycleChecks['lifecycle.completes-within-bound'];

describe('lifecycle.completes-within-bound', () => {
  it.each([
    ['InProgress', 59_999, 0],
    ['InProgress', 60_000, 0],
    ['InProgress', 60_001, 1],
    ['Succeeded', 3_600_000, 0],
    ['Failed', 3_600_000, 0],
  ])('judges a job %s %i ms after InitiateJob against a 60 s bound: %i diagnostics', (status, elapsedMs, count) => {
    expect(withinBound({ body: { StatusCode: status }, elapsedMs, boundMs: 60_000 })).toHaveLength(count);
  });

  it('says how long the job has been InProgress and what the profile promised', () => {
    expect(withinBound({ body: { StatusCode: 'InProgress' }, elapsedMs: 62_000, boundMs: 60_000 })).toEqual([
      { path: 'body/StatusCode', message: "Received: InProgress 62 s after InitiateJob\nExpected: Succeeded or Failed within the profile's bound of 60 s" },
    ]);
  });
});
