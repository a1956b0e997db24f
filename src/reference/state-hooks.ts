import { GlacierErrors, type GlacierError } from './glacier-errors';
import type { Archive, GlacierState, Tier, Vault } from './glacier-state';
import { spreadOf } from './ids';
import type { ReferenceConfig } from './reference-config';

/** The archives an inventory or DescribeVault reports, and the date of that inventory. */
export interface InventoryView {
  readonly archives: Iterable<Archive>;
  readonly inventoryDate: number | null;
}

/**
 * The rules that read or extend the whole state rather than one value: the seams the
 * realistic mode (src/reference/realism/) replaces. The defaults are today's reference: no
 * admission control, the configured delay, an always-current inventory.
 */
export interface StateHooks {
  /** Before every routed request: the state it is handled in, or the error that refuses it (snapshots, throttle: §9.2, §9.6). */
  readonly admitRequest: (state: GlacierState, now: number) => GlacierState | GlacierError;
  /** How long a new job stays InProgress (§3.3, §9.5). */
  readonly jobDelayMs: (job: { readonly jobId: string; readonly tier: Tier }, config: ReferenceConfig) => number;
  /** Null when a new job of `tier` may start now, else its refusal (InsufficientCapacityException, §9.5). */
  readonly refuseJob: (state: GlacierState, job: { readonly jobId: string; readonly tier: Tier }, now: number) => GlacierError | null;
  /** What an inventory job initiated now lists and its InventoryDate, or its refusal (§3.6, §9.1, §9.2). */
  readonly inventorySource: (state: GlacierState, vault: Vault, now: number) => { readonly archives: Iterable<Archive>; readonly inventoryDate: number } | GlacierError;
  /** DescribeVault's NumberOfArchives, SizeInBytes and LastInventoryDate (§2.5, §9.1). */
  readonly vaultInventory: (state: GlacierState, vault: Vault) => InventoryView;
  /** Whether DeleteVault may remove `vault` (§2.5, §9.3). */
  readonly isVaultDeletable: (state: GlacierState, vault: Vault) => boolean;
  /** The error for an archive id `vault` does not hold (§4: 404; §9.7: 400 for an id of no archive of it). */
  readonly unknownArchiveError: (state: GlacierState, vault: Vault, archiveId: string) => GlacierError;
}

export const DEFAULT_STATE_HOOKS: StateHooks = {
  admitRequest: (state) => state,
  jobDelayMs: (job, config) => config.jobDelayMs + spreadOf(job.jobId, config.jobDelayJitterMs),
  refuseJob: () => null,
  inventorySource: (_state, vault, now) => ({ archives: vault.archives.values(), inventoryDate: now }),
  vaultInventory: (_state, vault) => ({ archives: vault.archives.values(), inventoryDate: vault.lastWriteDate }),
  isVaultDeletable: (_state, vault) => vault.archives.size === 0,
  unknownArchiveError: (_state, _vault, archiveId) => GlacierErrors.archiveNotFound(archiveId),
};
