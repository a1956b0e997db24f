import type { Counterexample } from './check-result';
import type { Detection } from './recorder';

/** The first step of every run: the driver's setup (a fresh vault). */
export const SETUP_STEP = 'setup: a vault of its own (CreateVault)';

/** What fast-check reports of a failed property, as far as a counterexample needs it. */
export interface FailedRun {
  readonly seed: number;
  readonly counterexamplePath: string | null;
  /** The shrunk command sequence as fast-check prints it (holds `replayPath="…"`). */
  readonly shown: string;
  readonly numRuns: number;
  readonly numShrinks: number;
}

/** The minimal reproduction of the recorded failure: its steps, diagnostics, seed and replay path. */
export function counterexampleOf(detection: Detection, run: FailedRun, relaxed: readonly string[]): Counterexample {
  const { failure, steps } = detection;
  const replayPath = /replayPath="([^"]*)"/.exec(run.shown)?.[1];
  return {
    diagnostics: failure.diagnostics,
    commands: steps.slice(1).map((step) => step.command), // the first step is the setup
    steps,
    seed: run.seed,
    path: run.counterexamplePath ?? '',
    ...(replayPath ? { replayPath } : {}),
    relaxed,
    numRuns: run.numRuns,
    numShrinks: run.numShrinks,
  };
}
