import type { CheckStatus, Counterexample } from '../engine/check-result';
import type { FootprintSummary } from '../transport/footprint';

export type Verdict = 'conformant' | 'partial' | 'non-conformant' | 'inconclusive' | 'error';

/**
 * report.json: the conformance report as a typed contract. specs/report.schema.json
 * describes the same shape for consumers; a test validates written reports against it.
 */
export interface ConformanceReport {
  readonly tool: { readonly name: 'glacier-conformance'; readonly version: string };
  readonly target: { readonly url: string | null; readonly description: string; readonly fault?: string };
  readonly profile: { readonly name: string; readonly description: string; readonly listJobsLimit: { min: number; max: number; default: number }; readonly outputTreeHash: string; readonly stateless: boolean; readonly jobCompletionBoundMs?: number; readonly knownDeviations: readonly { check: string; reason: string }[] };
  readonly seed: number;
  readonly runs: number;
  readonly families: readonly string[];
  readonly shard?: { readonly index: number; readonly count: number };
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** False while the run is still going or when it was interrupted. */
  readonly complete: boolean;
  readonly verdict: Verdict;
  /** What a subset run (--only, --shard) left out; absent when every family ran. The verdict is then `partial`, never `conformant`. */
  readonly omitted?: { readonly families: readonly string[]; readonly checks: number; readonly reason: string };
  readonly counts: Readonly<Record<CheckStatus, number>>;
  readonly totals: { readonly exchanges: number; readonly retries: number; readonly failures: Readonly<Record<string, number>> };
  /** What the run created on, and retrieved from, the target: vaults, uploads, jobs, bytes, requests. */
  readonly footprint: FootprintSummary;
  readonly checks: readonly ReportCheck[];
}

export interface ReportCheck {
  readonly id: string;
  readonly family: string;
  readonly title: string;
  readonly source: string;
  readonly severity: string;
  readonly status: CheckStatus;
  readonly observations: number;
  /** Wall time of the family run that judged the check (a family's checks are judged together). */
  readonly durationMs?: number;
  readonly reason?: string;
  readonly failure?: ReportFailure;
}

/** A failure as the report shows it: the engine's counterexample plus how to replay it. */
export type ReportFailure = Omit<Counterexample, 'numRuns'> & {
  readonly timeToDetectionMs?: number;
  /** The command line that reruns exactly this counterexample. */
  readonly replay: string;
};
