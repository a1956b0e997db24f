import { FAMILIES, type Family } from '../checks/check-definition';
import type { ReplayRequest } from '../engine/family-run-options';
import { EMBEDDED_PROFILE, PROFILES, type Profile } from '../profile/profile';
import type { RealismConfig } from '../reference/realism/realism-config';
import type { ReferenceRules } from '../reference/reference-rules';
import type { CredentialProvider } from '../transport/credentials';
import type { FootprintCaps } from '../transport/footprint';
import { resolveTargetConfig, type TargetConfig } from '../transport/target-config';

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
  /** What the run may create and retrieve at most; reaching a cap stops generation (inconclusive). */
  readonly caps?: FootprintCaps;
  /** Families run at once (each in its vault), within --rate. */
  readonly concurrency?: number;
  /** Names the run's vaults. */
  readonly runId: string;
  /** The embedded reference only: a faulty variant (a named rule replaced), its job delay and per-job jitter, its realistic mode. */
  readonly embedded?: { readonly rules?: Partial<ReferenceRules>; readonly jobDelayMs?: number; readonly jobDelayJitterMs?: number; readonly realism?: RealismConfig };
  /** Unrelated jobs initiated in a vault of their own alongside every command (the false-alarm sweep). */
  readonly neighbourJobs?: boolean;
  /** Tests pass fixed credentials instead of the AWS chain. */
  readonly credentials?: CredentialProvider;
  /** Replays one recorded counterexample. */
  readonly replay?: ReplayRequest;
}

export const RUN_DEFAULTS = {
  numRuns: 20,
  /** Families run at once against the embedded reference (against a URL: all of them) unless --concurrency says otherwise. */
  concurrency: 1,
  jobTimeoutMs: 15 * 60 * 1000,
  /** Virtual time a job of the embedded reference spends InProgress. */
  embeddedJobDelayMs: 3000,
  pollIntervalMs: 1000,
} as const;

/**
 * A plan with the defaults of a plain `run` without flags: the embedded
 * reference under its profile, every family, the default runs and job
 * timeout; `overrides` replaces any of them (the seed also names the run).
 */
export function runPlan(overrides: Partial<RunPlan> = {}): RunPlan {
  const seed = overrides.seed ?? 1;
  return {
    target: resolveTargetConfig({}, {}),
    profile: embeddedProfile(),
    families: FAMILIES,
    notSelectedReason: 'not selected',
    numRuns: RUN_DEFAULTS.numRuns,
    seed,
    jobTimeoutMs: RUN_DEFAULTS.jobTimeoutMs,
    runId: `run-${seed}`,
    ...overrides,
  };
}

function embeddedProfile(): Profile {
  const profile = PROFILES[EMBEDDED_PROFILE];
  if (!profile) throw new Error(`no built-in profile '${EMBEDDED_PROFILE}'`);
  return profile;
}

/**
 * The caps of a run against a URL (issue 12): Glacier allows 1,000 vaults per account
 * and region, keeps a vault that held archives about a day, and bills every upload and
 * retrieval request; one vault per family plus a shared one, 40 uploads, 120 jobs.
 */
export const FOOTPRINT_DEFAULTS = {
  vaults: 9,
  uploads: 40,
  jobs: 120,
  retrievedBytes: 256 * 2 ** 20,
} as const satisfies FootprintCaps;
