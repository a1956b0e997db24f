import { isGlacierError } from '../glacier-errors';
import type { GlacierState } from '../glacier-state';
import { spreadOf } from '../ids';
import { vaultArn, type ReferenceConfig } from '../reference-config';
import type { ReferenceRules } from '../reference-rules';
import { scaled, type RealismConfig } from './realism-config';
import { RealismErrors } from './realism-errors';
import { covers, snapshotOf, takeDueSnapshots, takeToken } from './realism-state';

/** Whether a provisioned capacity unit (PurchaseProvisionedCapacity) is live at `now`. */
function hasProvisionedCapacity(state: GlacierState, now: number): boolean {
  return state.account.provisionedCapacity.some((unit) => unit.expirationDate > now);
}

/** The reference's config under `realism`: the 24 h windows scaled, the account's vault limit. */
export function realisticConfig(realism: RealismConfig): Partial<ReferenceConfig> {
  const window = scaled(realism, realism.outputWindowMs);
  return { jobRetentionMs: window, multipartIdleMs: window, maxVaults: realism.maxVaults };
}

/**
 * The realistic mode as rules layered on `base` (the default rules, or a faulty variant's:
 * faults combine with it). It replaces only the state hooks, so every value rule a fault
 * overrides keeps its effect. Each behaviour cites glacier-jobs-api.md §9.
 */
export function realisticRules(realism: RealismConfig, base: ReferenceRules): ReferenceRules {
  const interval = scaled(realism, realism.snapshotIntervalMs);
  return {
    ...base,
    admitRequest: (state, now) => {
      const admitted = base.admitRequest(state, now);
      if (isGlacierError(admitted)) return admitted;
      return takeToken(takeDueSnapshots(admitted, now, interval), now, realism.throttle) ?? RealismErrors.throttled();
    },
    jobDelayMs: (job) => {
      const [min, max] = realism.tierLatencyMs[job.tier];
      return scaled(realism, min + spreadOf(job.jobId, max - min));
    },
    refuseJob: (state, job, now) => {
      const refused = base.refuseJob(state, job, now);
      if (refused || job.tier !== 'Expedited' || hasProvisionedCapacity(state, now)) return refused;
      return spreadOf(`${job.jobId}:capacity`, 9999) < realism.expeditedRefusal * 10_000 ? RealismErrors.insufficientCapacity() : null;
    },
    inventorySource: (state, vault) => {
      const snapshot = snapshotOf(state, vault);
      if (!snapshot) return RealismErrors.noInitialInventory(vaultArn(state.config, vault.name));
      return { archives: snapshot.archives, inventoryDate: snapshot.inventoryDate };
    },
    vaultInventory: (state, vault) => {
      const snapshot = snapshotOf(state, vault);
      return snapshot ? { archives: snapshot.archives, inventoryDate: snapshot.inventoryDate } : { archives: [], inventoryDate: null };
    },
    isVaultDeletable: (state, vault) => {
      if (!base.isVaultDeletable(state, vault)) return false;
      if (vault.lastWriteDate === null) return true;
      const snapshot = snapshotOf(state, vault);
      return snapshot !== null && covers(snapshot, vault.lastWriteDate) && snapshot.archives.length === 0;
    },
    unknownArchiveError: (state, vault, archiveId) =>
      vault.deletedArchiveIds.has(archiveId) ? base.unknownArchiveError(state, vault, archiveId) : RealismErrors.foreignArchive(vaultArn(state.config, vault.name)),
  };
}
