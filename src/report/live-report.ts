import type { CheckResult } from '../engine/check-result';
import type { SuiteEvents } from '../engine/suite-events';
import { buildReport, type ReportInput } from './build-report';
import type { ConformanceReport } from './report-model';

export type ReportHeader = Omit<ReportInput, 'results' | 'finishedAt' | 'totals' | 'familyDurationsMs' | 'footprint'>;

export interface LiveReport {
  /** Subscribed to the suite: every finished family updates the report and hands it to `changed`. */
  readonly events: SuiteEvents;
  /** The report as it stands (partial: unfinished checks not-run, verdict inconclusive). */
  current(): ConformanceReport;
  /** The complete report, with the suite's final results and the run's totals. */
  finish(checks: readonly CheckResult[], totals: ConformanceReport['totals'], finishedAt: number): ConformanceReport;
}

const NO_TOTALS: ConformanceReport['totals'] = { exchanges: 0, retries: 0, failures: {} };

/**
 * The report of a run in progress. It starts from the engine's initial
 * results and follows the suite's events, so there is a whole, valid report
 * at every moment (written at the start, after each family, on interruption).
 */
/** `footprint` reads what the run has created so far (the transport counts it as requests go out). */
export function liveReport(header: ReportHeader, initial: readonly CheckResult[], changed: (report: ConformanceReport) => void, footprint: () => ConformanceReport['footprint']): LiveReport {
  const results = new Map(initial.map((result) => [result.id, result]));
  const familyDurationsMs: Record<string, number> = {};
  const build = (totals: ConformanceReport['totals'], finishedAt?: number) =>
    buildReport({ ...header, results: [...results.values()], familyDurationsMs, totals, footprint: footprint(), ...(finishedAt !== undefined ? { finishedAt } : {}) });
  const record = (checks: readonly CheckResult[]) => checks.forEach((check) => results.set(check.id, check));
  return {
    events: {
      onFamilyEnd: (family) => {
        familyDurationsMs[family.family] = family.durationMs;
        record(family.checks);
        changed(build(NO_TOTALS));
      },
    },
    current: () => build(NO_TOTALS),
    finish: (checks, totals, finishedAt) => {
      record(checks);
      return build(totals, finishedAt);
    },
  };
}
