import type { ExchangeResponse } from '../src/core/exchange';
import { isJsonObject } from '../src/core/json';
import { refusalOf, type Refusal } from '../src/checks/refusals';
import { CapReached, TargetProblem, TargetRefusal } from '../src/engine/check-failure';
import type { Exchange } from '../src/core/exchange';
import { isTransportFailure } from '../src/core/exchange-failure';
import type { GlacierReal } from './glacier-real';

const PER_RESPONSE = ['spec.status-documented', 'spec.response-headers', 'spec.response-body', 'spec.error-body', 'spec.request-id'] as const;

/**
 * Sends one request and judges what every response owes (the spec family),
 * whatever command sent it. A request that got no complete answer is a
 * {@link TargetProblem}, never a rule violation. `expectedSuccess` is given
 * when the model holds the request valid (spec.success-status).
 */
export async function call(real: GlacierReal, pending: Promise<Exchange>, expectedSuccess?: readonly number[], options: CallOptions = {}): Promise<ExchangeResponse> {
  const exchange = await pending;
  real.recorder.exchange(exchange.record);
  const failure = exchange.outcome.ok ? undefined : exchange.outcome.failure;
  if (failure?.kind === 'footprint-cap') throw new CapReached(`${failure.message}; raise the cap to let the run go further`);
  // A body over its size cap was never read whole: nothing can be judged of it (issue 15).
  if (!exchange.response || (failure && (isTransportFailure(failure) || failure.kind === 'body-too-large'))) {
    throw new TargetProblem(`${exchange.operation}: ${failure?.kind ?? 'no response'}: ${failure?.message ?? ''}`.trim());
  }
  const response = exchange.response;
  const observation = { operation: exchange.operation, response, modelDiagnostics: real.validate(exchange.operation, response), inventoryJobTier: real.profile.inventoryJobTier };
  for (const id of PER_RESPONSE) real.recorder.observe(id, observation);
  // A refusal the rules allow is still a well-formed answer (judged above), but not one to judge the request by.
  const refusal = refusalOf(response);
  if (refusal) {
    if (!options.handles?.(refusal)) noteRefusal(real, refusal.reason);
    throw new TargetRefusal(`${exchange.operation}: ${refusal.reason}`, refusal.code, refusal.reason);
  }
  if (expectedSuccess) real.recorder.observe('spec.success-status', { response, expected: expectedSuccess });
  return response;
}

export interface CallOptions {
  /** Refusals the caller works around (an Expedited job retried as Standard, a gate awaited): thrown, but not noted as undecided. */
  readonly handles?: (refusal: Refusal) => boolean;
}

/** Records why the family's undecided checks could not be decided: the target refused a request the rules allow it to. */
export function noteRefusal(real: GlacierReal, reason: string): void {
  real.notes.refusals = [...new Set([...(real.notes.refusals ?? []), reason])];
}

/** The JSON object of a response, or {} when it has none (the spec family reports that). */
export function bodyOf(response: ExchangeResponse): Record<string, unknown> {
  const json = response.json;
  return isJsonObject(json) ? json : {};
}
