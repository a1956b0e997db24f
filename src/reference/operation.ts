import type { GlacierError } from './glacier-errors';
import { GlacierErrors } from './glacier-errors';
import type { GlacierState, Vault } from './glacier-state';
import { vaultArn } from './reference-config';
import type { ReferenceRequest, ReferenceResponse } from './reference-http';
import type { ReferenceRules } from './reference-rules';
import type { MatchedRoute } from './route-request';

/** Everything one operation handler sees: all plain data, time included. */
export interface OperationContext {
  readonly state: GlacierState;
  readonly request: ReferenceRequest;
  readonly route: MatchedRoute;
  readonly now: number;
  readonly rules: ReferenceRules;
}

/** A handler's outcome: the next state and the response, or an error as a value. */
export type OperationResult = { readonly state: GlacierState; readonly response: ReferenceResponse } | GlacierError;

export type Operation = (context: OperationContext) => OperationResult;

/** The vault a request names, or 404 "Vault not found for ARN: …" (§4), also for names no vault could have. */
export function vaultOf(context: OperationContext): Vault | GlacierError {
  const vault = context.state.vaults.get(context.route.vaultName);
  return vault ?? GlacierErrors.vaultNotFound(vaultArn(context.state.config, context.route.vaultName));
}

/** `/{numericAccountId}/vaults/{name}…`: Location always carries the real account id, even for `-` (§1). */
export function locationOf(context: OperationContext, ...rest: string[]): string {
  const segments = [context.state.config.accountId, 'vaults', context.route.vaultName, ...rest];
  return `/${segments.map(encodeURIComponent).join('/')}`;
}
