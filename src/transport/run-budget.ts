import type { Clock } from '../core/clock';

/**
 * The total time a run may spend talking to the target (`--time-budget`), shared by all
 * requests: once it is spent, every request fails fast as `budget-exhausted` instead of
 * waiting on a target that may never answer.
 */
export interface RunBudget {
  /** Epoch ms after which no request is sent; Infinity for no budget. */
  readonly deadlineMs: number;
  /** Milliseconds left; 0 or less when spent. */
  remainingMs(): number;
}

export function createRunBudget(clock: Clock, budgetMs: number | undefined): RunBudget {
  const deadlineMs = budgetMs === undefined ? Number.POSITIVE_INFINITY : clock.now() + budgetMs;
  return { deadlineMs, remainingMs: () => deadlineMs - clock.now() };
}
