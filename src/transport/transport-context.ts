import { systemClock } from '../core/clock';
import type { RequestLimits, TransportContext } from './exchange-runner';
import { unlimitedRate } from './rate-limiter';
import { createRunBudget } from './run-budget';
import { realSleep } from './sleep';
import type { Target } from './target';
import { TARGET_DEFAULTS } from './target-config';

export type TransportOverrides = Partial<Omit<TransportContext, 'target' | 'limits'>> & {
  readonly limits?: Partial<RequestLimits>;
};

/**
 * A {@link TransportContext} for `target` with the documented defaults (TARGET_DEFAULTS),
 * unsigned, unbudgeted and unthrottled unless `overrides` say otherwise: what tests and
 * embedding code start from.
 */
export function transportContext(target: Target, overrides: TransportOverrides = {}): TransportContext {
  const clock = overrides.clock ?? systemClock;
  return {
    target,
    signer: overrides.signer,
    limits: {
      requestTimeoutMs: TARGET_DEFAULTS.requestTimeoutMs,
      maxJsonBodyBytes: TARGET_DEFAULTS.maxJsonBodyBytes,
      keepOutputTextBytes: TARGET_DEFAULTS.keepOutputTextBytes,
      smallTextBytes: TARGET_DEFAULTS.smallTextBytes,
      ...overrides.limits,
    },
    budget: overrides.budget ?? createRunBudget(clock, undefined),
    rateLimiter: overrides.rateLimiter ?? unlimitedRate,
    retry: overrides.retry ?? TARGET_DEFAULTS.retry,
    clock,
    random: overrides.random ?? Math.random,
    sleep: overrides.sleep ?? realSleep,
    onExchange: overrides.onExchange,
  };
}
