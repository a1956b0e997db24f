import type { Family } from '../checks/check-definition';
import type { Profile } from '../profile/profile';
import type { ReferenceRules } from '../reference/reference-rules';
import type { CredentialProvider } from '../transport/credentials';
import type { TargetConfig } from '../transport/target-config';

/** Everything one conformance run needs, resolved from flags, profile and environment. */
export interface RunPlan {
  readonly target: TargetConfig;
  readonly profile: Profile;
  readonly families: readonly Family[];
  readonly notSelectedReason: string;
  readonly numRuns: number;
  readonly seed: number;
  readonly jobTimeoutMs: number;
  readonly timeBudgetMs?: number;
  /** Names the run's vaults. */
  readonly runId: string;
  /** The embedded reference only: a faulty variant (a named rule replaced), its job delay and per-job jitter. */
  readonly embedded?: { readonly rules?: Partial<ReferenceRules>; readonly jobDelayMs?: number; readonly jobDelayJitterMs?: number };
  /** Unrelated jobs initiated in a vault of their own alongside every command (the false-alarm sweep). */
  readonly neighbourJobs?: boolean;
  /** Tests pass fixed credentials instead of the AWS chain. */
  readonly credentials?: CredentialProvider;
  /** Replays one recorded counterexample. */
  readonly replay?: { readonly path: string; readonly replayPath?: string; readonly relaxed: readonly string[] };
}

export const RUN_DEFAULTS = {
  numRuns: 20,
  jobTimeoutMs: 15 * 60 * 1000,
  /** Virtual time a job of the embedded reference spends InProgress. */
  embeddedJobDelayMs: 3000,
  pollIntervalMs: 1000,
} as const;
