import type { CheckId } from '../checks/catalog';
import type { CheckDefinition } from '../checks/check-definition';
import { CapReached, CheckFailure } from './check-failure';
import type { Counterexample, FamilyResult } from './check-result';
import { counterexampleOf } from './counterexample';
import { attemptFamily, type Attempt } from './family-attempt';
import type { FamilyDriver } from './family-driver';
import type { FamilyRunOptions } from './family-run-options';
import { verdictOf } from './verdict-policy';

export type { FamilyProgress, FamilyRunOptions } from './family-run-options';

/** Extra attempts, each with the next seed, while some check of the family was never exercised. */
const MAX_TOP_UPS = 4;

type Found = ReadonlyMap<CheckId, { counterexample: Counterexample; atMs: number }>;

/**
 * Runs one family's property: fast-check model-based sequences in which the
 * family's checks are enforced. A failure is shrunk, recorded with its seed,
 * path and evidence, then relaxed (observed but no longer thrown) and the
 * search goes on, so one broken rule does not hide another of the family.
 */
export async function runFamily<M extends object, R>(driver: FamilyDriver<M, R>, checks: readonly CheckDefinition[], options: FamilyRunOptions): Promise<FamilyResult> {
  const started = options.now();
  const relaxed = new Set(options.replay?.relaxed ?? []);
  const found = new Map<CheckId, { counterexample: Counterexample; atMs: number }>();
  const exercised = new Map<CheckId, number>();
  const ids = new Set(checks.map((check) => check.id));
  let runs = 0;
  const tick = () => {
    runs += 1;
    options.onProgress?.({ family: driver.family, runs, failures: found.size });
  };
  let harnessError: unknown;
  let seed = options.seed;
  let topUps = 0;
  for (;;) {
    const attempt = await attemptFamily(driver, { ...options, seed }, { checks: ids, relaxed: [...relaxed], exercised, tick });
    const { details } = attempt;
    const detection = attempt.recorder.detection();
    let done = true;
    // fast-check reports a time limit reached before the first run ended as a failure with a null
    // error: that is the budget running out, not the suite failing ("the suite itself failed: null").
    const outOfTime = details.interrupted && !(details.errorInstance instanceof CheckFailure);
    if (!details.failed || outOfTime) {
      // Random sequences may miss a rare shape: top up with further seeds until every check was judged
      // (a vacuous one, whose subject the target never showed, would not be judged by more seeds either).
      const unexercised = checks.some((check) => !found.has(check.id) && !exercised.get(check.id) && driver.vacuousReason?.(check.id) === undefined);
      done = !unexercised || Boolean(options.replay || attempt.problem || details.interrupted) || topUps >= MAX_TOP_UPS;
      if (!done) {
        topUps += 1;
        seed = options.seed + topUps;
      }
    } else if (!(details.errorInstance instanceof CheckFailure) || !detection) {
      harnessError = details.errorInstance;
    } else {
      const run = { seed: details.seed, counterexamplePath: details.counterexamplePath, shown: String(details.counterexample?.[0] ?? ''), numRuns: details.numRuns, numShrinks: details.numShrinks };
      found.set(details.errorInstance.checkId, { counterexample: counterexampleOf(detection, run, [...relaxed]), atMs: detection.firstAtMs - started });
      relaxed.add(details.errorInstance.checkId);
      done = Boolean(options.replay) || found.size >= (options.maxFailures ?? 4);
    }
    if (done) {
      await driver.dispose?.().catch(() => undefined);
      return familyResult(driver, checks, attempt, found, harnessError, options, started);
    }
  }
}

function familyResult<M extends object, R>(driver: FamilyDriver<M, R>, checks: readonly CheckDefinition[], attempt: Attempt<M, R>, found: Found, harnessError: unknown, options: FamilyRunOptions, started: number): FamilyResult {
  const { details, problem } = attempt;
  const results = checks.map((check) => {
    const failure = found.get(check.id);
    const known = options.profile.knownDeviations.find((deviation) => deviation.check === check.id);
    const vacuous = driver.vacuousReason?.(check.id);
    const unseen = driver.unseenSubjectReason?.(check.id);
    const undecided = driver.undecidedReason();
    return verdictOf(check.id, {
      observations: attempt.recorder.timesExercised(check.id),
      runs: details.numRuns,
      ...(failure ? { found: failure } : {}),
      ...(known ? { knownDeviation: known.reason } : {}),
      ...(problem instanceof CapReached ? { capReached: problem.message } : problem ? { targetProblem: problem.message } : {}),
      ...(harnessError !== undefined ? { harnessError: firstLine(harnessError) } : {}),
      ...(details.interrupted ? { interrupted: { runs: details.numRuns, of: options.numRuns } } : {}),
      ...(vacuous !== undefined ? { vacuousReason: vacuous } : {}),
      ...(unseen !== undefined ? { unseenSubjectReason: unseen } : {}),
      ...(undecided !== undefined ? { undecidedReason: undecided } : {}),
    });
  });
  const notes = driver.notes?.() ?? [];
  return { family: driver.family, checks: results, runs: details.numRuns, durationMs: options.now() - started, retries: driver.retries(), ...(notes.length > 0 ? { notes } : {}) };
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}
