import type { Failure } from '../core/exchange-failure';

/** One attempt's stop switch: its own time limit, the run budget, and the caller's signal. */
export interface AttemptDeadline {
  readonly signal: AbortSignal;
  /** Why the attempt was stopped, when it was; this replaces whatever the socket said. */
  reason(): Failure | undefined;
  dispose(): void;
}

/**
 * Arms a single timer for min(request timeout, budget left): the shorter limit names the
 * failure (`timeout`/`total` or `budget-exhausted`), so a report says which one ran out.
 */
export function armDeadline(requestTimeoutMs: number, budgetLeftMs: number, caller?: AbortSignal): AttemptDeadline {
  const controller = new AbortController();
  let reason: Failure | undefined;
  const stop = (failure: Failure) => {
    reason ??= failure;
    controller.abort();
  };
  const onCallerAbort = () => stop({ kind: 'aborted', message: 'aborted by the caller' });
  const byBudget = budgetLeftMs < requestTimeoutMs;
  const timer = setTimeout(
    () =>
      stop(
        byBudget
          ? { kind: 'budget-exhausted', message: 'run budget ran out during the request' }
          : { kind: 'timeout', phase: 'total', message: `request not complete within ${requestTimeoutMs} ms` },
      ),
    byBudget ? budgetLeftMs : requestTimeoutMs,
  );
  if (caller?.aborted) onCallerAbort();
  caller?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    reason: () => reason,
    dispose: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
}
