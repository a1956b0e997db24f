import { CATALOG } from '../checks/catalog';
import { reasonOf, type CheckResult, type Counterexample } from '../engine/check-result';
import { notApplicableReason } from '../profile/check-applicability';
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
  /** Wall time of each family that ran. */
  readonly familyDurationsMs?: Readonly<Record<string, number>>;
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
      ...(input.familyDurationsMs?.[definition.family] !== undefined ? { durationMs: input.familyDurationsMs[definition.family]! } : {}),
      ...(reason ? { reason } : {}),
      ...(result.status === 'failed' || result.status === 'known'
        ? { failure: { ...withoutRuns(result.counterexample), timeToDetectionMs: result.timeToDetectionMs, replay: input.replayCommand(definition.id) } }
        : {}),
    };
  });
  const counts = countStatuses(checks.map((check) => check.status));
  const omitted = omittedBy(input);
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
    verdict: verdictOf(counts, complete, omitted?.checks ?? 0),
    ...(omitted ? { omitted } : {}),
    counts,
    totals: input.totals,
    footprint: input.footprint,
    checks,
  };
}

/** The applicable checks of the families a subset run left out, or undefined when every family ran. */
export function omittedBy(input: Pick<ReportInput, 'families' | 'profile' | 'shard'>): ConformanceReport['omitted'] {
  const left = CATALOG.filter((check) => !input.families.includes(check.family) && notApplicableReason(check, input.profile) === undefined);
  if (left.length === 0) return undefined;
  const reason = input.shard ? `not in shard ${input.shard.index}/${input.shard.count}` : 'not selected (--only)';
  return { families: [...new Set(left.map((check) => check.family))], checks: left.length, reason };
}
