import { CATALOG } from '../checks/catalog';
import { reasonOf, type CheckResult, type Counterexample } from '../engine/check-result';
import type { Profile } from '../profile/profile';
import type { ConformanceReport, ReportCheck } from './report-model';
import { countStatuses, verdictOf } from './verdict';

export interface ReportInput {
  readonly version: string;
  readonly target: ConformanceReport['target'];
  readonly profile: Profile;
  readonly seed: number;
  readonly runs: number;
  readonly families: readonly string[];
  readonly shard?: { index: number; count: number };
  readonly startedAt: number;
  readonly finishedAt?: number;
  /** One result per catalog check: the engine's initial results, overwritten as families finish. */
  readonly results: readonly CheckResult[];
  readonly totals: ConformanceReport['totals'];
  readonly footprint: ConformanceReport['footprint'];
  /** Builds the replay command line of a failed check. */
  readonly replayCommand: (checkId: string) => string;
}

const withoutRuns = ({ numRuns: _numRuns, ...rest }: Counterexample) => rest;

/**
 * Joins the catalog with the results into report.json's shape. Pure: the
 * same input gives the same report, complete or partial (an interrupted run
 * is reported with its unfinished checks `not-run` and verdict inconclusive).
 */
export function buildReport(input: ReportInput): ConformanceReport {
  const byId = new Map(input.results.map((result) => [result.id, result]));
  const complete = input.finishedAt !== undefined;
  const checks = CATALOG.map((definition): ReportCheck => {
    const result = byId.get(definition.id);
    if (!result) throw new Error(`buildReport: no result for check ${definition.id}`);
    const reason = reasonOf(result);
    return {
      id: definition.id,
      family: definition.family,
      title: definition.title,
      source: definition.source,
      severity: definition.severity,
      status: result.status,
      observations: result.observations,
      ...(reason ? { reason } : {}),
      ...(result.status === 'failed' || result.status === 'known'
        ? { failure: { ...withoutRuns(result.counterexample), timeToDetectionMs: result.timeToDetectionMs, replay: input.replayCommand(definition.id) } }
        : {}),
    };
  });
  const counts = countStatuses(checks.map((check) => check.status));
  return {
    tool: { name: 'glacier-conformance', version: input.version },
    target: input.target,
    profile: { ...input.profile },
    seed: input.seed,
    runs: input.runs,
    families: input.families,
    ...(input.shard ? { shard: input.shard } : {}),
    startedAt: new Date(input.startedAt).toISOString(),
    finishedAt: input.finishedAt !== undefined ? new Date(input.finishedAt).toISOString() : null,
    complete,
    verdict: verdictOf(counts, complete),
    counts,
    totals: input.totals,
    footprint: input.footprint,
    checks,
  };
}
