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
 * Runs the selected families one after another and joins their verdicts with
 * the catalog, so the result lists every rule: a check of an unselected
 * family is `not-run`, and against a stateless target so is every stateful one.
 */
export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
  const started = options.now();
  const families: FamilyResult[] = [];
  const decided = new Map<CheckId, CheckResult>();
  for (const [index, family] of options.families.entries()) {
    const checks = CATALOG.filter((check) => check.family === family && notApplicableReason(check, options.profile) === undefined);
    if (checks.length === 0) continue;
    const left = options.timeBudgetMs === undefined ? undefined : Math.max(1, options.timeBudgetMs - (options.now() - started));
    options.onFamilyStart?.(family);
    const result = await runFamily(options.driverFor(family), checks, {
      numRuns: options.numRuns,
      seed: options.seed,
      profile: options.profile,
      now: options.now,
      ...(left === undefined ? {} : { timeLimitMs: Math.floor(left / (options.families.length - index)) }),
      ...(options.replay ? { replay: options.replay } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    families.push(result);
    for (const check of result.checks) decided.set(check.id, check);
    options.onFamilyEnd?.(result);
  }
  return { checks: CATALOG.map((check) => decided.get(check.id) ?? pendingResult(check, options)), families };
}
