import { byteRangeLength } from '../treehash';
import { GlacierErrors, isGlacierError, type GlacierError } from './glacier-errors';
import type { AccountSettings, GlacierState, RetrievalStrategy } from './glacier-state';
import { capacityId } from './ids';
import { isoDate } from './job-lifecycle';
import { parseJsonObject, type JsonObject } from './json-body';
import type { Operation } from './operation';
import { emptyResponse, jsonResponse } from './reference-http';

const STRATEGIES: readonly string[] = ['BytesPerHour', 'FreeTier', 'None'];
const HOUR_MS = 60 * 60 * 1000;
/** A provisioned capacity unit runs for a month from its purchase (model: ProvisionedCapacityDescription); 30 days here. */
const CAPACITY_TERM_MS = 30 * 24 * HOUR_MS;
/** Units an account may hold at once (DG "Provisioned Capacity": up to two). */
const MAX_CAPACITY_UNITS = 2;

function withAccount(state: GlacierState, account: Partial<AccountSettings>): GlacierState {
  return { ...state, account: { ...state.account, ...account } };
}

/** One rule `{Strategy, BytesPerHour}`: BytesPerHour only with, and required by, the BytesPerHour strategy (model). */
function parseRule(rule: unknown): AccountSettings['dataRetrievalPolicy'] | GlacierError {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return GlacierErrors.badShape('Each rule of Policy.Rules must be an object');
  const { Strategy: strategy, BytesPerHour: bytes } = rule as JsonObject;
  if (typeof strategy !== 'string' || !STRATEGIES.includes(strategy)) return GlacierErrors.invalidParameter(`The data retrieval strategy is not valid: ${String(strategy)}`);
  const hasBytes = bytes !== undefined && bytes !== null;
  if (strategy === 'BytesPerHour' && !(typeof bytes === 'number' && Number.isSafeInteger(bytes) && bytes >= 1)) {
    return GlacierErrors.invalidParameter('BytesPerHour must be a whole number of at least 1 with the BytesPerHour strategy');
  }
  if (strategy !== 'BytesPerHour' && hasBytes) return GlacierErrors.invalidParameter(`BytesPerHour is not valid with the ${strategy} strategy`);
  return { strategy: strategy as RetrievalStrategy, bytesPerHour: strategy === 'BytesPerHour' ? (bytes as number) : null };
}

/** Set Data Retrieval Policy (model): 204; one rule, enacted at once (AWS: within minutes). */
export const setDataRetrievalPolicy: Operation = (context) => {
  const body = parseJsonObject(context.request.body);
  if (isGlacierError(body)) return body;
  const policy = body.Policy;
  const rules = typeof policy === 'object' && policy !== null ? (policy as JsonObject).Rules : undefined;
  if (!Array.isArray(rules) || rules.length !== 1) return GlacierErrors.invalidParameter('Policy.Rules must hold exactly one rule');
  const rule = parseRule(rules[0]);
  if (isGlacierError(rule)) return rule;
  return { state: withAccount(context.state, { dataRetrievalPolicy: rule }), response: emptyResponse(204) };
};

export const getDataRetrievalPolicy: Operation = (context) => {
  const { strategy, bytesPerHour } = context.state.account.dataRetrievalPolicy;
  const rule = bytesPerHour === null ? { Strategy: strategy } : { Strategy: strategy, BytesPerHour: bytesPerHour };
  return { state: context.state, response: jsonResponse(200, { Policy: { Rules: [rule] } }) };
};

/** Purchase Provisioned Capacity (model): 201 with x-amz-capacity-id; at most two live units, else LimitExceededException. */
export const purchaseProvisionedCapacity: Operation = (context) => {
  const { state, now } = context;
  const live = state.account.provisionedCapacity.filter((unit) => unit.expirationDate > now);
  if (live.length >= MAX_CAPACITY_UNITS) return GlacierErrors.tooManyCapacityUnits(MAX_CAPACITY_UNITS);
  const id = capacityId(state.config.idSeed, state.counters.capacities);
  const unit = { capacityId: id, startDate: now, expirationDate: now + CAPACITY_TERM_MS };
  const next = withAccount({ ...state, counters: { ...state.counters, capacities: state.counters.capacities + 1 } }, { provisionedCapacity: [...state.account.provisionedCapacity, unit] });
  return { state: next, response: emptyResponse(201, { 'x-amz-capacity-id': id }) };
};

export const listProvisionedCapacity: Operation = (context) => {
  const list = context.state.account.provisionedCapacity.map((unit) => ({ CapacityId: unit.capacityId, StartDate: isoDate(unit.startDate), ExpirationDate: isoDate(unit.expirationDate) }));
  return { state: context.state, response: jsonResponse(200, { ProvisionedCapacityList: list }) };
};

/**
 * Bytes of Standard archive retrievals initiated in the window before `now`, across the
 * account's vaults: what a data retrieval policy limits (DG "Data Retrieval Policies": they
 * apply to Standard retrievals).
 */
export function retrievedBytesSince(state: GlacierState, since: number): number {
  let total = 0;
  for (const vault of state.vaults.values()) {
    for (const job of vault.jobs.values()) {
      if (job.action === 'ArchiveRetrieval' && job.tier === 'Standard' && job.creationDate > since) total += byteRangeLength(job.retrievedRange);
    }
  }
  return total;
}

/**
 * Whether the policy allows retrieving `bytes` more now (the default rule): None always,
 * BytesPerHour within the last hour's budget, FreeTier within the day's free allowance.
 */
export function isRetrievalAllowed(state: GlacierState, bytes: number, now: number): boolean {
  const { strategy, bytesPerHour } = state.account.dataRetrievalPolicy;
  if (strategy === 'None') return true;
  if (strategy === 'BytesPerHour') return retrievedBytesSince(state, now - HOUR_MS) + bytes <= bytesPerHour!;
  return retrievedBytesSince(state, now - 24 * HOUR_MS) + bytes <= state.config.freeTierBytesPerDay;
}
