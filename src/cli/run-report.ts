import { join } from 'node:path';
import { packageVersion } from '../core/package-root';
import type { CheckResult } from '../engine/check-result';
import { initialResults, NOT_YET_RUN } from '../engine/initial-results';
import { reasonOf } from '../engine/check-result';
import type { ReportHeader } from '../report/live-report';
import type { RunSettings } from './run-flags';

/** What every report of a run with these settings says about the run itself (`run` and `runConformance` alike). */
export function runHeader(settings: RunSettings, startedAt: number): ReportHeader {
  const { plan, outDir } = settings;
  return {
    version: packageVersion(),
    target: { url: plan.target.url ?? null, description: plan.target.description, ...(settings.fault ? { fault: settings.fault } : {}) },
    profile: plan.profile,
    seed: plan.seed,
    runs: plan.numRuns,
    families: plan.families,
    ...(settings.shard ? { shard: settings.shard } : {}),
    startedAt,
    replayCommand: (id: string) => `glacier-conformance replay ${join(outDir, 'report.json')} --check ${id}`,
  };
}

/** A target that cannot be tested at all: every check its family would have judged is inconclusive for that one reason. */
export function untestableResults(settings: RunSettings, reason: string): CheckResult[] {
  return initialResults(settings.plan).map((result) => (reasonOf(result) === NOT_YET_RUN ? { id: result.id, status: 'inconclusive', observations: 0, reason } : result));
}
