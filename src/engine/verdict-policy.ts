import type { CheckId } from '../checks/catalog';
import type { CheckResult, Counterexample } from './check-result';

/** Everything the verdict on one check depends on, as plain data: what the family's attempts came to. */
export interface AttemptShape {
  readonly observations: number;
  /** The check's shrunk failure, if one was found. */
  readonly found?: { readonly counterexample: Counterexample; readonly atMs: number };
  /** The profile's reason when it declares this check a known deviation. */
  readonly knownDeviation?: string;
  /** The target could not be asked (no answer): why. */
  readonly targetProblem?: string;
  /** A footprint cap refused the next request, so generation stopped: which. */
  readonly capReached?: string;
  /** The suite itself threw something other than a check failure: its first line. */
  readonly harnessError?: string;
  /** The time budget stopped the search: runs done of runs asked. */
  readonly interrupted?: { readonly runs: number; readonly of: number };
  /** Why the check could not have been exercised (the target never showed its subject). */
  readonly vacuousReason?: string;
  /** Why a check that held was not decided: its subject never occurred (no job ever completed). */
  readonly unseenSubjectReason?: string;
  /** Why the family's undecided checks are undecided (e.g. jobs that never completed). */
  readonly undecidedReason?: string;
  readonly runs: number;
}

/**
 * The verdict policy: a found failure is failed (known when the profile
 * declares it); otherwise a footprint cap, a target that could not be tested, a harness error
 * or a spent budget leaves the check inconclusive; so does one that held only
 * because its subject never occurred; a check observed and never failing passed;
 * one whose subject never appeared is not-run; anything else
 * was not exercised and is inconclusive.
 */
export function verdictOf(id: CheckId, shape: AttemptShape): CheckResult {
  const { observations, found } = shape;
  if (found) {
    const detected = { id, observations, counterexample: found.counterexample, timeToDetectionMs: found.atMs };
    return shape.knownDeviation !== undefined ? { ...detected, status: 'known', reason: shape.knownDeviation } : { ...detected, status: 'failed' };
  }
  const undecided = (reason: string): CheckResult => ({ id, status: 'inconclusive', observations, reason });
  if (shape.capReached !== undefined) return undecided(`generation stopped before ${shape.runs} runs were done: ${shape.capReached}`);
  if (shape.targetProblem !== undefined) return undecided(`the target could not be tested: ${shape.targetProblem}`);
  if (shape.harnessError !== undefined) return undecided(`the suite itself failed: ${shape.harnessError}`);
  if (shape.interrupted) return undecided(`the time budget ran out after ${shape.interrupted.runs} of ${shape.interrupted.of} runs`);
  if (shape.unseenSubjectReason !== undefined) return undecided(shape.unseenSubjectReason);
  if (observations > 0) return { id, status: 'passed', observations };
  if (shape.vacuousReason !== undefined) return { id, status: 'not-run', observations, reason: shape.vacuousReason };
  return undecided(shape.undecidedReason ?? `not exercised in ${shape.runs} runs`);
}
