import { GlacierErrors, isGlacierError } from './glacier-errors';
import { withoutEntry, withVault, type Vault } from './glacier-state';
import { isoDate } from './job-lifecycle';
import { locationOf, vaultOf, type Operation } from './operation';
import { vaultArn, type ReferenceConfig } from './reference-config';
import { emptyResponse, jsonResponse } from './reference-http';
import type { InventoryView } from './state-hooks';

/** 1–255 characters of a-z, A-Z, 0-9, `_`, `-` and `.` (§2.5). */
const VAULT_NAME = /^[A-Za-z0-9_.-]{1,255}$/;

/**
 * Create Vault (§2.5): 201 with Location, idempotent, at most `maxVaults` per account.
 * The body must be empty.
 */
export const createVault: Operation = (context) => {
  const { state, route, request, now } = context;
  const name = route.vaultName;
  if (!VAULT_NAME.test(name)) return GlacierErrors.invalidParameter(`The vault name is not valid: ${name}`);
  if (request.body.length > 0) return GlacierErrors.invalidParameter('Create Vault takes no request body');
  const response = emptyResponse(201, { location: locationOf(context) });
  if (state.vaults.has(name)) return { state, response };
  if (state.vaults.size >= state.config.maxVaults) return GlacierErrors.tooManyVaults(state.config.maxVaults);
  const vault: Vault = {
    name,
    creationDate: now,
    lastWriteDate: null,
    archives: new Map(),
    deletedArchiveIds: new Set(),
    jobs: new Map(),
    uploads: new Map(),
    notifications: null,
    tags: new Map(),
    accessPolicy: null,
    lock: null,
  };
  return { state: withVault(state, vault), response };
};

/** A vault as Describe Vault and List Vaults show it (§2.5). */
export function vaultDescription(config: ReferenceConfig, vault: Vault, view: InventoryView) {
  let size = 0;
  let count = 0;
  for (const archive of view.archives) {
    size += archive.bytes.length;
    count++;
  }
  return {
    CreationDate: isoDate(vault.creationDate),
    LastInventoryDate: view.inventoryDate === null ? null : isoDate(view.inventoryDate),
    NumberOfArchives: count,
    SizeInBytes: size,
    VaultARN: vaultArn(config, vault.name),
    VaultName: vault.name,
  };
}

/**
 * Describe Vault (§2.5, used by the VaultExists waiters). The reference's inventory is
 * always current, so the counts are never null and LastInventoryDate is the last write.
 */
export const describeVault: Operation = (context) => {
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  return { state: context.state, response: jsonResponse(200, vaultDescription(context.state.config, vault, context.rules.vaultInventory(context.state, vault))) };
};

/**
 * Delete Vault (§2.5): 204 only if the vault holds no archives. AWS also requires that the
 * last inventory shows none and nothing was written since; the reference's inventory is
 * always current, so "empty now" is that rule. §7 item 10 lists a conflict (documented
 * as idempotent, yet ResourceNotFoundException is in its error list); we take the precise
 * reading: an unknown vault is a 404, like every other operation on it.
 */
export const deleteVault: Operation = (context) => {
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  if (!context.rules.isVaultDeletable(context.state, vault)) return GlacierErrors.vaultNotEmpty(vaultArn(context.state.config, vault.name));
  const state = { ...context.state, vaults: withoutEntry(context.state.vaults, vault.name) };
  return { state, response: emptyResponse(204) };
};
