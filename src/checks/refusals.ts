import type { ExchangeResponse } from '../core/exchange';
import { errorBody } from './error-body';

/**
 * Refusals the rules allow (glacier-jobs-api.md §9): answers a correct service gives a valid
 * request for reasons outside the API's rules (capacity, the account's policy or age, load,
 * a vault not yet inventoried). A check must never fail on one: the request's checks stay
 * undecided and the reason is reported instead.
 */
const REFUSALS: readonly { readonly code: string; readonly message?: RegExp; readonly reason: string }[] = [
  { code: 'InsufficientCapacityException', reason: 'an Expedited retrieval was refused for lack of capacity (InsufficientCapacityException, §9.5)' },
  { code: 'PolicyEnforcedException', reason: "the account's data retrieval policy refused a retrieval (PolicyEnforcedException, §9.5)" },
  { code: 'ThrottlingException', reason: 'requests were still throttled after every retry (ThrottlingException, §9.6): lower --rate' },
  { code: 'NoLongerSupportedException', reason: 'the account cannot use the vault service (NoLongerSupportedException, §9.9)' },
  {
    code: 'ResourceNotFoundException',
    message: /not yet generated an initial inventory/i,
    reason: 'the vault had no inventory yet, so inventory jobs were refused (first-inventory gate, §9.1): a fresh vault gets its first one about a day after its first upload',
  },
];

/** A refusal the rules allow: its error code and why it leaves the request's checks undecided. */
export interface Refusal {
  readonly code: string;
  readonly reason: string;
}

/** The refusal the rules allow that `response` is, or undefined when it is an answer to judge. */
export function refusalOf(response: ExchangeResponse): Refusal | undefined {
  if (response.status < 400) return undefined;
  const body = errorBody(response);
  const code = typeof body?.code === 'string' ? body.code : response.headers['x-amzn-errortype']?.split(':')[0];
  const message = typeof body?.message === 'string' ? body.message : '';
  const found = REFUSALS.find((refusal) => refusal.code === code && (!refusal.message || refusal.message.test(message)));
  return found ? { code: found.code, reason: found.reason } : undefined;
}

/** Why `response` is a refusal the rules allow, or undefined when it is an answer to judge. */
export const refusalReason = (response: ExchangeResponse): string | undefined => refusalOf(response)?.reason;

/** The first-inventory gate (§9.1): a fresh vault refuses inventory jobs until its first snapshot. */
export const isFirstInventoryGate = (refusal: Refusal): boolean => refusal.code === 'ResourceNotFoundException';
