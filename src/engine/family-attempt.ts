import fc from 'fast-check';
import type { CheckId } from '../checks/catalog';
import { TargetProblem, TargetRefusal } from './check-failure';
import { SETUP_STEP } from './counterexample';
import type { FamilyDriver } from './family-driver';
import type { FamilyRunOptions } from './family-run-options';
import { narrated } from './narrated-command';
import { Recorder } from './recorder';

/** One fast-check search of a family: its recorder, fast-check's report, and a target problem if one stopped it. */
export interface Attempt<M extends object, R> {
  readonly recorder: Recorder;
  readonly details: fc.RunDetails<[Iterable<fc.AsyncCommand<M, R, boolean>>]>;
  readonly problem?: TargetProblem;
}

/** What one attempt enforces and counts: the family's checks minus the relaxed ones, observations shared across attempts. */
export interface AttemptScope {
  readonly checks: ReadonlySet<CheckId>;
  readonly relaxed: readonly string[];
  readonly exercised: Map<CheckId, number>;
  readonly tick: () => void;
}

/**
 * The family's property: model-based sequences, each in a fresh vault set up
 * and cleaned up by the driver, checked by fast-check with the run's seed
 * (or replaying one recorded path). A target that stops answering ends the
 * search without failing it.
 */
export async function attemptFamily<M extends object, R>(driver: FamilyDriver<M, R>, options: FamilyRunOptions, scope: AttemptScope): Promise<Attempt<M, R>> {
  const recorder = new Recorder((id) => scope.checks.has(id) && !scope.relaxed.includes(id), options.now, scope.exercised);
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
        try {
          const setup = await driver.start(recorder);
          real = setup.real;
          return setup;
        } finally {
          // Closed even when the setup itself failed: its exchanges are that failure's evidence.
          recorder.command(driver.setupStep ?? SETUP_STEP);
        }
      }, sequence);
    } catch (error) {
      if (error instanceof TargetProblem) state.problem = error;
      else if (!(error instanceof TargetRefusal)) throw error;
    } finally {
      if (real !== undefined) await driver.finish(real).catch(() => undefined);
      scope.tick();
    }
  });
  const details = await fc.check(property, {
    numRuns: options.replay ? 1 : options.numRuns,
    seed: options.seed,
    ...(options.replay ? { path: options.replay.path, endOnFailure: true } : {}),
    ...(options.timeLimitMs !== undefined ? { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: false } : {}),
  });
  return { recorder, details, ...(state.problem ? { problem: state.problem } : {}) };
}
