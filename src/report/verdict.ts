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
export function verdictOf(counts: Readonly<Record<CheckStatus, number>>, complete: boolean): Verdict {
  if (counts.failed > 0) return 'non-conformant';
  if (!complete || counts.inconclusive > 0 || counts.passed + counts.known === 0) return 'inconclusive';
  return 'conformant';
}

export function exitCodeOf(verdict: Verdict): number {
  switch (verdict) {
    case 'conformant': return ExitCode.Ok;
    case 'non-conformant': return ExitCode.Failed;
    case 'inconclusive': return ExitCode.Inconclusive;
    case 'error': return ExitCode.Usage;
  }
}
