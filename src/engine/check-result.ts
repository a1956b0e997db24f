import type { Diagnostic } from '../core/diagnostic';
import type { RunStep } from './recorder';

export type CheckStatus = 'passed' | 'failed' | 'known' | 'inconclusive' | 'not-run';

/** The minimal reproduction of a failure: enough to replay it exactly. */
export interface Counterexample {
  readonly diagnostics: readonly Diagnostic[];
  /** The shrunk command list, in order, as the commands describe themselves. */
  readonly commands: readonly string[];
  /** Each step of the minimal run with its HTTP exchanges (redacted by the transport). */
  readonly steps: readonly RunStep[];
  readonly seed: number;
  readonly path: string;
  readonly replayPath?: string;
  /** Checks of the family that were only observed, not enforced, in that run (found failing earlier). */
  readonly relaxed: readonly string[];
  readonly numRuns: number;
  readonly numShrinks: number;
}

export interface CheckResult {
  readonly id: string;
  readonly status: CheckStatus;
  /** How many times the check judged an observation. */
  readonly observations: number;
  /** Why it is inconclusive, not-run or known. */
  readonly reason?: string;
  readonly counterexample?: Counterexample;
  /** Milliseconds from the family's start to the failure being found (before shrinking). */
  readonly timeToDetectionMs?: number;
}

export interface FamilyResult {
  readonly family: string;
  readonly checks: readonly CheckResult[];
  readonly runs: number;
  readonly durationMs: number;
  readonly retries: number;
}
