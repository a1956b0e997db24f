import type { Family } from '../checks/check-definition';
import type { FamilyResult } from '../engine/check-result';
import { initialResults } from '../engine/initial-results';
import { liveReport } from '../report/live-report';
import type { ConformanceReport } from '../report/report-model';
import { reportTotals } from '../report/report-totals';
import { writeReport } from '../report/write-report';
import { createFootprint } from '../transport/footprint';
import { conformanceRun } from '../run/conformance-run';
import { UntestableTarget } from '../run/probe-target';
import { prepareOutDir } from '../cli/out-dir';
import { resolveRunSettings } from '../cli/run-flags';
import { runHeader, untestableResults } from '../cli/run-report';

/** What `glacier-conformance run` takes as flags, as typed options (the same defaults and validation). */
export interface ConformanceOptions {
  /** The endpoint under test; absent: the embedded reference. */
  readonly target?: string;
  /** Send requests without SigV4 (CI against your own server). */
  readonly unsigned?: boolean;
  readonly region?: string;
  readonly accountId?: string;
  /** AWS credentials profile to sign with; default AWS_PROFILE, then the standard chain. */
  readonly awsProfile?: string;
  /** A conformance profile: `aws`, `aws-2012`, `prism`, `reference`, or the path of a profile file. */
  readonly profile?: string;
  /** Only these families; the verdict is then `partial`. */
  readonly families?: readonly Family[];
  /** `{ index, count }`: every count-th family, like `run --shard index/count`. */
  readonly shard?: { readonly index: number; readonly count: number };
  readonly runs?: number;
  readonly seed?: number;
  readonly jobTimeoutSeconds?: number;
  readonly timeBudgetSeconds?: number;
  readonly rate?: number;
  /** A faulty variant of the embedded reference (`glacier-conformance serve --list-faults`). */
  readonly fault?: string;
  /** Also write report.json, report.html, summary.md, junit.xml and checks.md here. */
  readonly out?: string;
  /** Environment to read (AWS_REGION, AWS_PROFILE, …); default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Called as each family finishes. */
  readonly onFamilyEnd?: (result: FamilyResult) => void;
}

const text = (value: number | undefined) => (value === undefined ? undefined : String(value));

/**
 * Runs the suite and resolves to the report object (report.json's shape,
 * specs/report.schema.json). Bad options reject with a UsageError whose
 * message is the CLI's one-line error; a target that is down or is not
 * Glacier resolves to an `inconclusive` report whose checks give the reason.
 *
 * @example
 * const report = await runConformance({ target: 'http://127.0.0.1:8080', unsigned: true, profile: 'reference' });
 * if (report.verdict !== 'conformant') process.exitCode = 1;
 */
export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceReport> {
  const settings = resolveRunSettings(
    {
      target: options.target,
      unsigned: options.unsigned,
      region: options.region,
      'account-id': options.accountId,
      'aws-profile': options.awsProfile,
      profile: options.profile,
      only: options.families?.join(','),
      shard: options.shard ? `${options.shard.index}/${options.shard.count}` : undefined,
      runs: text(options.runs),
      seed: text(options.seed),
      'job-timeout': text(options.jobTimeoutSeconds),
      'time-budget': text(options.timeBudgetSeconds),
      rate: text(options.rate),
      fault: options.fault,
      out: options.out,
    },
    options.env ?? process.env,
    Date.now(),
  );
  if (options.out !== undefined) prepareOutDir('runConformance', options.out);
  const footprint = createFootprint(settings.plan.caps);
  const live = liveReport(runHeader(settings, Date.now()), initialResults(settings.plan), () => undefined, () => footprint.summary());
  let report: ConformanceReport;
  try {
    const run = await conformanceRun(settings.plan, {
      footprint,
      onFamilyEnd: (family) => {
        live.events.onFamilyEnd?.(family);
        options.onFamilyEnd?.(family);
      },
    });
    report = live.finish(run.checks, reportTotals(run.totals), Date.now());
  } catch (error) {
    if (!(error instanceof UntestableTarget)) throw error;
    report = live.finish(untestableResults(settings, error.message), { exchanges: 0, retries: 0, failures: {} }, Date.now());
  }
  if (options.out !== undefined) writeReport(options.out, report);
  return report;
}
