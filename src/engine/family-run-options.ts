import type { Profile } from '../profile/profile';

/** One recorded counterexample to replay exactly, instead of searching. */
export interface ReplayRequest {
  readonly path: string;
  readonly replayPath?: string;
  readonly relaxed: readonly string[];
}

export interface FamilyRunOptions {
  readonly numRuns: number;
  readonly seed: number;
  readonly profile: Profile;
  /** Stop generating new runs after this long (the family's share of --time-budget). */
  readonly timeLimitMs?: number;
  /** How many distinct failing checks to hunt for before giving up on the rest. */
  readonly maxFailures?: number;
  readonly replay?: ReplayRequest;
  readonly now: () => number;
  /** Called after every property run (shrinking runs included) with the family's progress so far. */
  readonly onProgress?: (progress: FamilyProgress) => void;
}

export interface FamilyProgress {
  readonly family: string;
  readonly runs: number;
  readonly failures: number;
}
