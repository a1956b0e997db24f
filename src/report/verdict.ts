import type { CheckStatus } from '../engine/check-result';
import type { Verdict } from './report-model';
import { ExitCode } from '../core/exit-code';

export function countStatuses(statuses: readonly CheckStatus[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { passed: 0, failed: 0, known: 0, inconclusive: 0, 'not-run': 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/**
 * design.md "Command line": any failure is non-conformant; otherwise anything
 * undecided (or a run that decided nothing, or did not finish) is inconclusive.
 * Known deviations never fail a target.
 */
export function verdictOf(counts: Readonly<Record<CheckStatus, number>>, complete: boolean, omittedChecks = 0): Verdict {
  if (counts.failed > 0) return 'non-conformant';
  if (!complete || counts.inconclusive > 0 || counts.passed + counts.known === 0) return 'inconclusive';
  // Everything selected passed, but applicable checks were left out: never a full pass.
  return omittedChecks > 0 ? 'partial' : 'conformant';
}

/**
 * The exit code of a verdict. `partial` exits 0 only when the caller asked
 * for the subset (`run --only`, `run --shard`: each shard's CI job is green
 * when its part passed, and `merge`, which refuses missing or repeated shards,
 * is the gate on the whole); a partial result nobody asked for (a merge of
 * reports that leave families out) exits 3 like any run that could not test
 * the target fully.
 */
export function exitCodeOf(verdict: Verdict, subsetRequested = false): number {
  switch (verdict) {
    case 'conformant': return ExitCode.Ok;
    case 'partial': return subsetRequested ? ExitCode.Ok : ExitCode.Inconclusive;
    case 'non-conformant': return ExitCode.Failed;
    case 'inconclusive': return ExitCode.Inconclusive;
    case 'error': return ExitCode.Usage;
  }
}
