import type { CheckResult } from '../engine/check-result';
import { PROFILES } from '../profile/profile';
import { realismConfig } from '../reference/realism/realism-config';
import { conformanceRun } from '../run/conformance-run';
import { RUN_DEFAULTS, runPlan } from '../run/run-plan';
import { noteDetail, type CheckNote } from './false-alarms';

/** Why a check may stay undecided against the realistic reference: a refusal the target made (§9), or the aws profile's own rules. */
const ALLOWED_REASONS: Readonly<Record<'not-run' | 'inconclusive', RegExp>> = {
  'not-run': /profile aws|InProgress/,
  inconclusive: /the target refused/,
};

export interface RealismOutcome {
  readonly seed: number;
  readonly counts: Readonly<Record<string, number>>;
  /** Failed or known checks, and undecided ones without a refusal to explain them: false alarms against a correct service. */
  readonly alarms: readonly CheckNote[];
  /** Checks left undecided by a refusal the target made (the first-inventory gate, ...), with the refusal. */
  readonly refused: readonly CheckNote[];
  /** What the run worked around (Expedited jobs initiated as Standard). */
  readonly notes: readonly string[];
  readonly checks: readonly CheckResult[];
  readonly durationMs: number;
}

/**
 * The correct embedded reference in its realistic mode (--realism aws --time-scale 1000) under
 * the aws profile, all families: nothing may fail, and a check may stay undecided only for a
 * refusal the target really made (issue 13, "no false alarms").
 */
export async function realisticRun(seed: number, numRuns: number = RUN_DEFAULTS.numRuns): Promise<RealismOutcome> {
  const started = Date.now();
  const run = await conformanceRun(runPlan({ profile: PROFILES['aws']!, numRuns, seed, runId: `realism-${seed}`, embedded: { realism: realismConfig({ timeScale: 1000 }) } }));
  const counts: Record<string, number> = {};
  for (const check of run.checks) counts[check.status] = (counts[check.status] ?? 0) + 1;
  const note = (check: CheckResult): CheckNote => ({ id: check.id, status: check.status, detail: noteDetail(check) });
  const explained = (check: CheckResult) => check.status === 'passed' || ((check.status === 'not-run' || check.status === 'inconclusive') && ALLOWED_REASONS[check.status].test(check.reason));
  return {
    seed,
    counts,
    alarms: run.checks.filter((check) => !explained(check)).map(note),
    refused: run.checks.filter((check) => check.status === 'inconclusive' && explained(check)).map(note),
    notes: run.families.flatMap((family) => (family.notes ?? []).map((text) => `${family.family}: ${text}`)),
    checks: run.checks,
    durationMs: Date.now() - started,
  };
}
