import type { CheckResult } from '../engine/check-result';
import { conformanceRun } from '../run/conformance-run';
import { RUN_DEFAULTS, runPlan } from '../run/run-plan';

/**
 * How long the reference's jobs stay InProgress in a sweep, cycled over the
 * seeds: at once, a different delay for each job (so jobs complete out of
 * initiation order), and longer than several poll intervals (1 s, doubling).
 * All stay inside the reference profile's 60 s completion bound.
 */
export const DELAY_MODES = [
  { name: '0 ms', jobDelayMs: 0, jobDelayJitterMs: 0 },
  { name: 'random 0-10 s per job', jobDelayMs: 0, jobDelayJitterMs: 10_000 },
  { name: '4.5 s (past three polls)', jobDelayMs: 4_500, jobDelayJitterMs: 0 },
] as const;

export interface CheckNote {
  readonly id: string;
  readonly status: string;
  readonly detail: string;
}

export interface SeedOutcome {
  readonly seed: number;
  readonly delays: string;
  readonly passed: number;
  /** Every check that failed or could not be decided, with why: a false alarm, since the reference is correct. */
  readonly alarms: readonly CheckNote[];
  /** Checks with nothing to judge on this seed (e.g. no job ever InProgress with 0 ms delays), with why. */
  readonly notRun: readonly CheckNote[];
  readonly durationMs: number;
}

/**
 * The correct embedded reference, all families, over consecutive seeds, with
 * varied job delays and a neighbour initiating unrelated jobs alongside every
 * command. Any check that does not pass is a false alarm (issue 8).
 */
export async function falseAlarmSweep(options: { firstSeed: number; seeds: number; numRuns?: number; onSeed?: (outcome: SeedOutcome) => void }): Promise<SeedOutcome[]> {
  const outcomes: SeedOutcome[] = [];
  for (let index = 0; index < options.seeds; index += 1) {
    const seed = options.firstSeed + index;
    const delays = DELAY_MODES[index % DELAY_MODES.length]!;
    const started = Date.now();
    const run = await conformanceRun(
      runPlan({
        numRuns: options.numRuns ?? RUN_DEFAULTS.numRuns,
        seed,
        runId: `sweep-${seed}`,
        embedded: { jobDelayMs: delays.jobDelayMs, jobDelayJitterMs: delays.jobDelayJitterMs },
        neighbourJobs: true,
      }),
    );
    const note = (check: CheckResult): CheckNote => ({ id: check.id, status: check.status, detail: noteDetail(check) });
    const outcome: SeedOutcome = {
      seed,
      delays: delays.name,
      passed: run.checks.filter((check) => check.status === 'passed').length,
      alarms: run.checks.filter((check) => check.status !== 'passed' && check.status !== 'not-run').map(note),
      notRun: run.checks.filter((check) => check.status === 'not-run').map(note),
      durationMs: Date.now() - started,
    };
    outcomes.push(outcome);
    options.onSeed?.(outcome);
  }
  return outcomes;
}

/** Why a check did not pass: its reason, or its counterexample's commands and diagnostics. */
export function noteDetail(check: CheckResult): string {
  if (check.status === 'known' || check.status === 'inconclusive' || check.status === 'not-run') return check.reason;
  if (check.status === 'passed') return '';
  return [...check.counterexample.commands, ...check.counterexample.diagnostics.map((d) => `${d.path}: ${d.message}`)].join(' | ');
}
