import type { ResponseValidator, Scheduler } from '../src/engine/ports';
import type { Recorder } from '../src/engine/recorder';
import type { Profile } from '../src/profile/profile';
import type { GlacierClient } from '../src/transport/glacier-client';
import type { Neighbour } from './neighbour';

/** What a command acts on: the target through the client, in the run's own vault. */
export interface GlacierReal {
  readonly client: GlacierClient;
  readonly vaultName: string;
  readonly recorder: Recorder;
  readonly validate: ResponseValidator;
  readonly profile: Profile;
  readonly scheduler: Scheduler;
  /** How long WaitForJob polls before the job's checks become inconclusive (--job-timeout). */
  readonly jobTimeoutMs: number;
  readonly pollIntervalMs: number;
  /**
   * How far the target's clock may be from the scheduler's (an inventory's InventoryDate is the
   * target's, the model's upload times the scheduler's); 0 for the embedded reference, which
   * runs on the scheduler's virtual clock.
   */
  readonly clockSkewMs?: number;
  /** Shared by the family's runs: why checks could not be decided. */
  readonly notes: {
    undecided?: string;
    sawInProgress?: boolean;
    sawCompleted?: boolean;
    timedOut?: boolean;
    refusals?: readonly string[];
    /** Expedited jobs the target refused for lack of capacity and that were initiated again as Standard (§9.5). */
    tierFallbacks?: number;
  };
  /** Another client busy in its own vault alongside every command (the false-alarm sweep). */
  readonly neighbour?: Neighbour;
}
