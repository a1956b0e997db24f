import type { CheckId } from '../checks/catalog';
import { UsageError } from '../core/usage-error';
import type { CheckResult } from '../engine/check-result';
import type { TargetConfig } from '../transport/target-config';
import type { RunPlan } from './run-plan';
import { foreignTarget, newRunState, pendingJobs, type RunState, type StateTarget } from './run-state';
import { lockStateFile, readStateFile, writeStateFile } from './state-file';
import { createStateLedger, type StateLedger } from './state-ledger';

/** The vault name prefix every run uses (design.md "Staging safety"): `<prefix>-<runId>-<family>`. */
export const VAULT_PREFIX = 'glacier-conformance';

export function stateTargetOf(target: TargetConfig): StateTarget {
  return { url: target.url ?? '', region: target.region, accountId: target.accountId, signing: target.signing };
}

/**
 * `run --state FILE`: the plan continued from the file (its run id and seed, so the same vault
 * names), or a new state for this plan; refuses a file of another target or run with a
 * UsageError and never overwrites it. `write` false reads only (`run --plan`).
 */
export function openRunState(file: string, plan: RunPlan, seedGiven: boolean, now: number, write = true): { plan: RunPlan; ledger: StateLedger; resumed: boolean } {
  if (plan.target.url === undefined) throw new UsageError('run: --state records what a run creates on a target that keeps it; it needs --target (the embedded reference lives in memory)');
  const target = stateTargetOf(plan.target);
  if (write) lockStateFile('run', file);
  const existing = readStateFile('run', file);
  if (existing) {
    const foreign = foreignTarget(existing, target);
    if (foreign) throw new UsageError(`run: --state ${file} ${foreign}; it was left as it is (give another file for this target)`);
    if (seedGiven && existing.seed !== plan.seed) throw new UsageError(`run: --state ${file} belongs to run ${existing.runId} (seed ${existing.seed}), not --seed ${plan.seed}; it was left as it is (drop --seed to continue it, or give another file)`);
  }
  const base: RunState = existing ?? newRunState({ runId: plan.runId, seed: plan.seed, target, vaultPrefix: VAULT_PREFIX, now });
  const state: RunState = { ...base, invocations: base.invocations + 1 };
  const save = write ? (next: RunState) => writeStateFile(file, next) : () => undefined;
  save(state);
  return { plan: { ...plan, runId: state.runId, seed: state.seed }, ledger: createStateLedger(state, save, Date.now), resumed: existing !== undefined };
}

const MINUTE_MS = 60_000;

function duration(ms: number): string {
  if (ms < 2 * MINUTE_MS) return `${Math.max(1, Math.round(ms / 1000))} s`;
  if (ms < 2 * 60 * MINUTE_MS) return `${Math.round(ms / MINUTE_MS)} min`;
  return `${Math.round(ms / (60 * MINUTE_MS))} h`;
}

/**
 * The one line an inconclusive resumable run ends with: how many jobs are still pending and
 * when the same command should run again (the slowest pending job's tier bound, §9.5, or a fresh
 * vault's first inventory, about a day after its first write, §9.2). Undefined when nothing waits.
 */
export function pendingLine(state: RunState, file: string, now: number, awaitsFirstInventory: boolean): string | undefined {
  const pending = pendingJobs(state);
  const inventoryAt = awaitsFirstInventory ? Math.min(...state.vaults.filter((vault) => vault.createdAt !== undefined).map((vault) => vault.createdAt!)) + 24 * 60 * MINUTE_MS : undefined;
  const at = Math.max(pending.doneBy ?? 0, Number.isFinite(inventoryAt) ? inventoryAt! : 0);
  if (pending.count === 0 && at === 0) return undefined;
  const when = at > now ? `after ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC (in about ${duration(at - now)})` : 'now';
  const jobs = `${pending.count} job${pending.count === 1 ? '' : 's'} pending`;
  return `glacier-conformance: ${jobs}${awaitsFirstInventory ? ' and a vault awaiting its first inventory' : ''}; rerun the same command ${when} to continue, and within a day of the jobs completing, when their output expires; the state is in ${file}`;
}

/** The results of the families an earlier invocation decided (run-state.ts DecidedFamily), by check id, as this run reports them. */
export function carriedResults(state: RunState, families: readonly string[]): Map<string, CheckResult> {
  const carried = new Map<string, CheckResult>();
  for (const decided of state.decided ?? []) {
    if (!families.includes(decided.family)) continue;
    for (const check of decided.checks) {
      const id = check.id as CheckId;
      carried.set(check.id, check.status === 'passed' ? { id, status: 'passed', observations: check.observations } : { id, status: 'not-run', observations: check.observations, reason: check.reason ?? 'not run' });
    }
  }
  return carried;
}

/** The families of `families` an earlier invocation decided: this invocation does not run them again. */
export function decidedFamilies(state: RunState, families: readonly string[]): { family: string; invocation: number }[] {
  return (state.decided ?? []).filter((decided) => families.includes(decided.family)).map(({ family, invocation }) => ({ family, invocation }));
}
