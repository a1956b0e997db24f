import fc from 'fast-check';
import type { CheckDefinition } from '../checks/check-definition';
import type { Profile } from '../profile/profile';
import { CheckFailure, TargetProblem } from './check-failure';
import type { CheckResult, Counterexample, FamilyResult } from './check-result';
import type { FamilyDriver } from './family-driver';
import { Recorder } from './recorder';

export interface FamilyRunOptions {
  readonly numRuns: number;
  readonly seed: number;
  readonly profile: Profile;
  /** Stop generating new runs after this long (the family's share of --time-budget). */
  readonly timeLimitMs?: number;
  /** How many distinct failing checks to hunt for before giving up on the rest. */
  readonly maxFailures?: number;
  /** Replays one recorded counterexample instead of searching. */
  readonly replay?: { readonly path: string; readonly replayPath?: string; readonly relaxed: readonly string[] };
  readonly now: () => number;
  /** Called after every property run (shrinking runs included) with the family's progress so far. */
  readonly onProgress?: (progress: FamilyProgress) => void;
}

export interface FamilyProgress {
  readonly family: string;
  readonly runs: number;
  readonly failures: number;
}

/** The first step of every run: the driver's setup (a fresh vault). */
const SETUP_STEP = 'setup: a vault of its own (CreateVault)';

/** Extra attempts, each with the next seed, while some check of the family was never exercised. */
const MAX_TOP_UPS = 4;

interface Attempt {
  readonly recorder: Recorder;
  readonly details: fc.RunDetails<[unknown]>;
  readonly problem?: TargetProblem;
}

/**
 * Runs one family's property: fast-check model-based sequences in which the
 * family's checks are enforced. A failure is shrunk, recorded with its seed,
 * path and evidence, then relaxed (observed but no longer thrown) and the
 * search goes on, so one broken rule does not hide another of the family.
 */
export async function runFamily<M extends object, R>(driver: FamilyDriver<M, R>, checks: readonly CheckDefinition[], options: FamilyRunOptions): Promise<FamilyResult> {
  const started = options.now();
  const relaxed = new Set(options.replay?.relaxed ?? []);
  const found = new Map<string, { counterexample: Counterexample; atMs: number }>();
  const exercised = new Map<string, number>();
  const progress = { runs: 0 };
  const tick = () => {
    progress.runs += 1;
    options.onProgress?.({ family: driver.family, runs: progress.runs, failures: found.size });
  };
  let attempt: Attempt;
  let harnessError: unknown;
  let seed = options.seed;
  for (let topUps = 0; ; ) {
    attempt = await attemptFamily(driver, checks, { ...options, seed }, [...relaxed], exercised, tick);
    const failure = attempt.details.errorInstance;
    if (!attempt.details.failed) {
      // Random sequences may miss a rare shape: top up with further seeds until every check was judged
      // (a vacuous one, whose subject the target never showed, would not be judged by more seeds either).
      const unexercised = checks.some((check) => !found.has(check.id) && !exercised.get(check.id) && driver.vacuousReason?.(check.id) === undefined);
      if (!unexercised || options.replay || attempt.problem || attempt.details.interrupted || topUps >= MAX_TOP_UPS) break;
      topUps += 1;
      seed = options.seed + topUps;
      continue;
    }
    if (!(failure instanceof CheckFailure) || !attempt.recorder.lastFailure) {
      harnessError = failure;
      break;
    }
    found.set(failure.checkId, { counterexample: counterexampleOf(attempt, [...relaxed]), atMs: attempt.recorder.firstFailureAtMs! - started });
    relaxed.add(failure.checkId);
    if (options.replay || found.size >= (options.maxFailures ?? 4)) break;
  }
  const results = checks.map((check) => verdict(check, attempt, found, harnessError, options, driver));
  return { family: driver.family, checks: results, runs: attempt.details.numRuns, durationMs: options.now() - started, retries: driver.retries() };
}

async function attemptFamily<M extends object, R>(
  driver: FamilyDriver<M, R>,
  checks: readonly CheckDefinition[],
  options: FamilyRunOptions,
  relaxed: readonly string[],
  exercised: Map<string, number>,
  tick: () => void,
): Promise<Attempt> {
  const ids = new Set(checks.map((check) => check.id));
  const recorder = new Recorder((id) => ids.has(id) && !relaxed.includes(id), options.now, exercised);
  const state: { problem?: TargetProblem } = {};
  const commands = driver.commands.map((arbitrary) => arbitrary.map((command) => narrated(command, recorder)));
  const property = fc.asyncProperty(fc.commands(commands, { maxCommands: driver.maxCommands, size: 'max', replayPath: options.replay?.replayPath }), async (sequence) => {
    if (state.problem) return; // the target is gone: stop asking, the verdict says why
    // An in-process target answers in microtasks only; yield to the event loop once per run so
    // signals (Ctrl-C writes the partial report), timers and the live progress display get through.
    await new Promise((resolve) => setImmediate(resolve));
    recorder.beginRun();
    let real: R | undefined;
    try {
      await fc.asyncModelRun(async () => {
        const setup = await driver.start(recorder);
        recorder.command(SETUP_STEP);
        real = setup.real;
        return setup;
      }, sequence);
    } catch (error) {
      if (error instanceof TargetProblem) state.problem = error;
      else throw error;
    } finally {
      if (real !== undefined) await driver.finish(real).catch(() => undefined);
      tick();
    }
  });
  const details = await fc.check(property, {
    numRuns: options.replay ? 1 : options.numRuns,
    seed: options.seed,
    ...(options.replay ? { path: options.replay.path, endOnFailure: true } : {}),
    ...(options.timeLimitMs !== undefined ? { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: false } : {}),
  });
  return { recorder, details: details as fc.RunDetails<[unknown]>, ...(state.problem ? { problem: state.problem } : {}) };
}

/** Records each command as it runs: fast-check runs only those whose precondition held. */
function narrated<M extends object, R>(command: fc.AsyncCommand<M, R, boolean>, recorder: Recorder): fc.AsyncCommand<M, R, boolean> {
  return {
    check: (model) => command.check(model),
    run: async (model, real) => {
      try {
        await command.run(model, real);
      } finally {
        // After the run: commands resolve positions to concrete archives, jobs and ranges.
        recorder.command(command.toString());
      }
    },
    toString: () => command.toString(),
  };
}

function counterexampleOf(attempt: Attempt, relaxed: readonly string[]): Counterexample {
  const { failure, steps } = attempt.recorder.lastFailure!;
  const shown = String((attempt.details.counterexample as unknown[] | null)?.[0] ?? '');
  const replayPath = /replayPath="([^"]*)"/.exec(shown)?.[1];
  return {
    diagnostics: failure.diagnostics,
    commands: steps.filter((step) => step.command !== SETUP_STEP).map((step) => step.command),
    steps,
    seed: attempt.details.seed,
    path: attempt.details.counterexamplePath ?? '',
    ...(replayPath ? { replayPath } : {}),
    relaxed,
    numRuns: attempt.details.numRuns,
    numShrinks: attempt.details.numShrinks,
  };
}

function verdict<M extends object, R>(
  check: CheckDefinition,
  attempt: Attempt,
  found: ReadonlyMap<string, { counterexample: Counterexample; atMs: number }>,
  harnessError: unknown,
  options: FamilyRunOptions,
  driver: FamilyDriver<M, R>,
): CheckResult {
  const observations = attempt.recorder.timesExercised(check.id);
  const failure = found.get(check.id);
  if (failure) {
    const known = options.profile.knownDeviations.find((deviation) => deviation.check === check.id);
    return { id: check.id, status: known ? 'known' : 'failed', observations, counterexample: failure.counterexample, timeToDetectionMs: failure.atMs, ...(known ? { reason: known.reason } : {}) };
  }
  const undecided = (reason: string): CheckResult => ({ id: check.id, status: 'inconclusive', observations, reason });
  if (attempt.problem) return undecided(`the target could not be tested: ${attempt.problem.message}`);
  if (harnessError !== undefined) return undecided(`the suite itself failed: ${String((harnessError as Error)?.message ?? harnessError).split('\n')[0]}`);
  if (attempt.details.interrupted) return undecided(`the time budget ran out after ${attempt.details.numRuns} of ${options.numRuns} runs`);
  if (observations > 0) return { id: check.id, status: 'passed', observations };
  const vacuous = driver.vacuousReason?.(check.id);
  if (vacuous !== undefined) return { id: check.id, status: 'not-run', observations, reason: vacuous };
  return undecided(driver.undecidedReason() ?? `not exercised in ${attempt.details.numRuns} runs`);
}
