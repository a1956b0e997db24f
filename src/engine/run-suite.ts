import { CATALOG, type CheckId } from '../checks/catalog';
import type { Family } from '../checks/check-definition';
import { notApplicableReason } from '../profile/check-applicability';
import type { CheckResult, FamilyResult } from './check-result';
import type { FamilyDriver } from './family-driver';
import type { ReplayRequest } from './family-run-options';
import { pendingResult, type CheckSelection } from './initial-results';
import { runFamily } from './run-family';
import type { SuiteEvents } from './suite-events';

export interface SuiteOptions extends CheckSelection, SuiteEvents {
  readonly numRuns: number;
  readonly seed: number;
  /** Families run at once (default 1): each has its own driver and vault, so their results do not depend on the interleaving. */
  readonly concurrency?: number;
  /** Families that run (concurrently) to their end before any other starts: they get the footprint caps' first share. */
  readonly runFirst?: (family: Family) => boolean;
  /** The whole run's budget; each family gets an even share of what is left. */
  readonly timeBudgetMs?: number;
  readonly now: () => number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly driverFor: (family: Family) => FamilyDriver<any, any>;
  /** Replays one check's counterexample (family, seed, path) instead of searching. */
  readonly replay?: ReplayRequest;
}

export interface SuiteResult {
  /** Every catalog check, in catalog order, whatever happened to it. */
  readonly checks: readonly CheckResult[];
  readonly families: readonly FamilyResult[];
}

/**
 * Runs the selected families (one after another, or `concurrency` at once) and joins their verdicts with
 * the catalog, so the result lists every rule: a check of an unselected
 * family is `not-run`, and against a stateless target so is every stateful one.
 */
export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
  const started = options.now();
  const selected = options.families
    .map((family) => ({ family, checks: CATALOG.filter((check) => check.family === family && notApplicableReason(check, options.profile) === undefined) }))
    .filter((entry) => entry.checks.length > 0);
  const width = Math.max(1, Math.min(options.concurrency ?? 1, selected.length));
  const results: FamilyResult[] = new Array(selected.length);
  // A pool of `width` lanes takes families in order; results keep the families' order whatever finishes first.
  const pool = async (indices: readonly number[]) => {
    const queue = [...indices];
    const lane = async () => {
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        const { family, checks } = selected[index]!;
        const left = options.timeBudgetMs === undefined ? undefined : Math.max(1, options.timeBudgetMs - (options.now() - started));
        const rounds = Math.ceil((selected.length - index) / width);
        options.onFamilyStart?.(family);
        const result = await runFamily(options.driverFor(family), checks, {
          numRuns: options.numRuns,
          seed: options.seed,
          profile: options.profile,
          now: options.now,
          ...(left === undefined ? {} : { timeLimitMs: Math.floor(left / rounds) }),
          ...(options.replay ? { replay: options.replay } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        });
        results[index] = result;
        options.onFamilyEnd?.(result);
      }
    };
    await Promise.all(Array.from({ length: width }, lane));
  };
  const indices = selected.map((_, index) => index);
  const first = indices.filter((index) => options.runFirst?.(selected[index]!.family) ?? false);
  await pool(first);
  await pool(indices.filter((index) => !first.includes(index)));
  const families = results.filter(Boolean);
  const decided = new Map<CheckId, CheckResult>(families.flatMap((result) => result.checks.map((check) => [check.id, check] as const)));
  return { checks: CATALOG.map((check) => decided.get(check.id) ?? pendingResult(check, options)), families };
}
