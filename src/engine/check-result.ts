import type { CheckId } from '../checks/catalog';
import type { Diagnostic } from '../core/diagnostic';
import type { RunStep } from './recorder';

export type CheckStatus = CheckResult['status'];

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

interface Judged {
  readonly id: CheckId;
  /** How many times the check judged an observation. */
  readonly observations: number;
}

/** A failure found: its shrunk counterexample, and when it was first seen. */
interface Found {
  readonly counterexample: Counterexample;
  /** Milliseconds from the family's start to the failure being found (before shrinking). */
  readonly timeToDetectionMs: number;
}

/** What became of one check, keyed on its status: a failure always has its counterexample, an undecided check its reason. */
export type CheckResult =
  | (Judged & { readonly status: 'passed' })
  | (Judged & Found & { readonly status: 'failed' })
  /** Failed, but the profile declares the deviation: `reason` is the profile's. */
  | (Judged & Found & { readonly status: 'known'; readonly reason: string })
  /** Could not be decided: `reason` says why (a target problem, a spent budget, a job that never completed). */
  | (Judged & { readonly status: 'inconclusive'; readonly reason: string })
  /** Not judged: an unselected family, a profile it does not apply to, or a subject the target never showed. */
  | (Judged & { readonly status: 'not-run'; readonly reason: string });

/** A failed or known result. */
export type FoundResult = Extract<CheckResult, { readonly counterexample: Counterexample }>;

export const isFound = (result: CheckResult): result is FoundResult => result.status === 'failed' || result.status === 'known';

/** Why the check is known, inconclusive or not-run; undefined for passed and failed ones. */
export const reasonOf = (result: CheckResult): string | undefined => ('reason' in result ? result.reason : undefined);

export interface FamilyResult {
  readonly family: string;
  readonly checks: readonly CheckResult[];
  readonly runs: number;
  readonly durationMs: number;
  readonly retries: number;
  /** What the family's runs worked around without it deciding any check (FamilyDriver.notes). */
  readonly notes?: readonly string[];
}
