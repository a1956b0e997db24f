import { GlacierErrors, isGlacierError } from './glacier-errors';
import { withVault, type Vault, type VaultLock } from './glacier-state';
import { lockId } from './ids';
import { isoDate } from './job-lifecycle';
import { parseJsonObject } from './json-body';
import { vaultOf, type Operation, type OperationContext } from './operation';
import { vaultArn } from './reference-config';
import { emptyResponse, jsonResponse } from './reference-http';
import { policyText } from './vault-settings';

/** The 24 h in which an initiated lock must be completed (model: InitiateVaultLock). */
export const LOCK_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The vault's lock as of now: an InProgress lock past its window is gone (model: "the vault lock policy is removed"). */
function liveLock(context: OperationContext, vault: Vault): VaultLock | null {
  const { lock } = vault;
  if (lock === null) return null;
  return context.rules.isLockExpired(lock, context.now) ? null : lock;
}

const arnOf = (context: OperationContext) => vaultArn(context.state.config, context.route.vaultName);

/**
 * Initiate Vault Lock (model): 201 with x-amz-lock-id; the lock is InProgress for 24 h.
 * A Locked vault cannot be locked again; an InProgress lock must be aborted first (inferred).
 */
export const initiateVaultLock: Operation = (context) => {
  const { state, now } = context;
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const current = liveLock(context, vault);
  if (current?.state === 'Locked') return GlacierErrors.vaultLocked(arnOf(context));
  if (current) return GlacierErrors.lockInProgress(arnOf(context));
  const body = parseJsonObject(context.request.body);
  if (isGlacierError(body)) return body;
  const policy = policyText(body);
  if (isGlacierError(policy)) return policy;
  const id = lockId(state.config.idSeed, state.counters.locks);
  const lock: VaultLock = { lockId: id, policy, creationDate: now, expirationDate: now + LOCK_WINDOW_MS, state: 'InProgress' };
  const next = withVault({ ...state, counters: { ...state.counters, locks: state.counters.locks + 1 } }, { ...vault, lock });
  return { state: next, response: emptyResponse(201, { 'x-amz-lock-id': id }) };
};

/** Complete Vault Lock (model): 204 with the lock id of the InProgress lock; idempotent once Locked with it. */
export const completeVaultLock: Operation = (context) => {
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const lock = liveLock(context, vault);
  const id = context.route.lockId!;
  if (!lock || lock.lockId !== id) return GlacierErrors.lockNotFound(id);
  const locked: VaultLock = { ...lock, state: 'Locked', expirationDate: null };
  return { state: withVault(context.state, { ...vault, lock: locked }), response: emptyResponse(204) };
};

/** Abort Vault Lock (model): 204, the InProgress lock and its policy removed; a Locked vault stays locked. */
export const abortVaultLock: Operation = (context) => {
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const lock = liveLock(context, vault);
  if (lock?.state === 'Locked') return GlacierErrors.vaultLocked(arnOf(context));
  return { state: withVault(context.state, { ...vault, lock: null }), response: emptyResponse(204) };
};

/** Get Vault Lock (model): Policy, State, ExpirationDate (null once Locked), CreationDate; 404 without a lock. */
export const getVaultLock: Operation = (context) => {
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const lock = liveLock(context, vault);
  if (!lock) return GlacierErrors.notConfigured('vault lock policy', arnOf(context));
  const body = {
    Policy: lock.policy,
    State: lock.state,
    ExpirationDate: lock.expirationDate === null ? null : isoDate(lock.expirationDate),
    CreationDate: isoDate(lock.creationDate),
  };
  return { state: context.state, response: jsonResponse(200, body) };
};
