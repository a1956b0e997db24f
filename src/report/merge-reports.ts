import type { CheckStatus } from '../engine/check-result';
import { mergeFootprints } from './merge-footprints';
import type { ConformanceReport, ReportCheck } from './report-model';
import { omittedBy } from './build-report';
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
  const shards = shardProblem(reports);
  if (shards) return { ok: false, error: shards };
  const checks = first.checks.map((check): ReportCheck => {
    const candidates = reports.map((report) => report.checks.find((candidate) => candidate.id === check.id)).filter((c): c is ReportCheck => c !== undefined);
    return candidates.sort((a, b) => PRECEDENCE.indexOf(a.status) - PRECEDENCE.indexOf(b.status))[0]!;
  });
  const counts = countStatuses(checks.map((check) => check.status));
  const complete = reports.every((report) => report.complete);
  const finished = reports.map((report) => report.finishedAt);
  const failures: Record<string, number> = {};
  for (const report of reports) for (const [kind, count] of Object.entries(report.totals.failures)) failures[kind] = (failures[kind] ?? 0) + count;
  const { shard: _shard, omitted: _omitted, ...base } = first;
  const families = [...new Set(reports.flatMap((report) => report.families))];
  const omitted = omittedBy({ families, profile: first.profile as Parameters<typeof omittedBy>[0]['profile'] });
  return {
    ok: true,
    report: {
      ...base,
      families,
      startedAt: reports.map((report) => report.startedAt).sort()[0]!,
      finishedAt: finished.includes(null) ? null : ([...finished].sort().at(-1) ?? null),
      complete,
      verdict: verdictOf(counts, complete, omitted?.checks ?? 0),
      ...(omitted ? { omitted } : {}),
      counts,
      totals: { exchanges: sum(reports, (r) => r.totals.exchanges), retries: sum(reports, (r) => r.totals.retries), failures },
      footprint: mergeFootprints(reports.map((report) => report.footprint)),
      checks,
    },
  };
}

const sum = (reports: readonly ConformanceReport[], pick: (report: ConformanceReport) => number) => reports.reduce((total, report) => total + pick(report), 0);

/**
 * Why these reports are not one whole set, or undefined: shards must all be
 * of the same split, each index exactly once (a forgotten or repeated shard
 * would otherwise merge into a report that looks complete); reports without
 * shards must not run the same family twice.
 */
function shardProblem(reports: readonly ConformanceReport[]): string | undefined {
  const sharded = reports.filter((report) => report.shard);
  if (sharded.length > 0 && sharded.length < reports.length) return 'some reports are shards (run --shard) and some are not';
  if (sharded.length === 0) {
    const seen = new Set<string>();
    for (const family of reports.flatMap((report) => report.families)) {
      if (seen.has(family)) return `family ${family} is in more than one report`;
      seen.add(family);
    }
    return undefined;
  }
  const count = sharded[0]!.shard!.count;
  if (sharded.some((report) => report.shard!.count !== count)) return `shards of different splits: ${sharded.map((report) => `${report.shard!.index}/${report.shard!.count}`).join(', ')}`;
  const indexes = sharded.map((report) => report.shard!.index);
  const repeated = indexes.find((index, position) => indexes.indexOf(index) !== position);
  if (repeated !== undefined) return `shard ${repeated}/${count} is given more than once`;
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !indexes.includes(index));
  if (missing.length > 0) return `shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${count}`).join(', ')} missing`;
  return undefined;
}
