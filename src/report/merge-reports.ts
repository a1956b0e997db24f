import type { CheckStatus } from '../engine/check-result';
import { mergeFootprints } from './merge-footprints';
import type { ConformanceReport, ReportCheck } from './report-model';
import { countStatuses, verdictOf } from './verdict';

/** Which status wins when two reports both decided a check: the more alarming one. */
const PRECEDENCE: readonly CheckStatus[] = ['failed', 'inconclusive', 'known', 'passed', 'not-run'];

/**
 * Joins the report.json files of shards (`run --shard i/n`) into one report:
 * each check takes the verdict of the shard that ran it; counts, verdict and
 * totals are computed again. Pure. Reports of different targets do not merge.
 */
export function mergeReports(reports: readonly ConformanceReport[]): { ok: true; report: ConformanceReport } | { ok: false; error: string } {
  const [first] = reports;
  if (!first) return { ok: false, error: 'nothing to merge' };
  const other = reports.find((report) => report.target.description !== first.target.description || report.target.fault !== first.target.fault);
  if (other) return { ok: false, error: `reports are of different targets: '${first.target.description}' and '${other.target.description}'` };
  const checks = first.checks.map((check): ReportCheck => {
    const candidates = reports.map((report) => report.checks.find((candidate) => candidate.id === check.id)).filter((c): c is ReportCheck => c !== undefined);
    return candidates.sort((a, b) => PRECEDENCE.indexOf(a.status) - PRECEDENCE.indexOf(b.status))[0]!;
  });
  const counts = countStatuses(checks.map((check) => check.status));
  const complete = reports.every((report) => report.complete);
  const finished = reports.map((report) => report.finishedAt);
  const failures: Record<string, number> = {};
  for (const report of reports) for (const [kind, count] of Object.entries(report.totals.failures)) failures[kind] = (failures[kind] ?? 0) + count;
  const { shard: _shard, ...base } = first;
  return {
    ok: true,
    report: {
      ...base,
      families: [...new Set(reports.flatMap((report) => report.families))],
      startedAt: reports.map((report) => report.startedAt).sort()[0]!,
      finishedAt: finished.includes(null) ? null : ([...finished].sort().at(-1) ?? null),
      complete,
      verdict: verdictOf(counts, complete),
      counts,
      totals: { exchanges: sum(reports, (r) => r.totals.exchanges), retries: sum(reports, (r) => r.totals.retries), failures },
      footprint: mergeFootprints(reports.map((report) => report.footprint)),
      checks,
    },
  };
}

const sum = (reports: readonly ConformanceReport[], pick: (report: ConformanceReport) => number) => reports.reduce((total, report) => total + pick(report), 0);
