import type fc from 'fast-check';
import type { Family } from '../checks/check-definition';
import type { Recorder } from './recorder';

/**
 * What the engine needs from the model-based side (properties/) to run one
 * family: the commands to generate sequences from, how to set up a fresh
 * model and real system for a run (a new vault), and how to clean it up.
 * The engine knows nothing of Glacier beyond this.
 */
export interface FamilyDriver<Model extends object, Real> {
  readonly family: Family;
  readonly commands: readonly fc.Arbitrary<fc.AsyncCommand<Model, Real, boolean>>[];
  readonly maxCommands: number;
  start(recorder: Recorder): Promise<{ model: Model; real: Real }>;
  finish(real: Real): Promise<void>;
  /** How the first step of every run (the setup) is named in counterexamples. */
  readonly setupStep?: string;
  /** Cleans up what the family's runs shared (a prepared fixture vault), once all of them are done. */
  dispose?(): Promise<void>;
  /** Why the family's undecided checks are inconclusive (e.g. jobs that never completed), if anything. */
  undecidedReason(): string | undefined;
  /**
   * Why a check never exercised could not have been: the target never showed
   * what the rule is about (e.g. no job was ever seen InProgress). Such a check
   * is `not-run` with this reason: vacuous, neither passed nor undecided.
   */
  vacuousReason?(checkId: string): string | undefined;
  /**
   * Why a check that held could not have been decided: its subject never occurred (e.g. no
   * job ever completed within the job timeout, so rules about completed jobs held only for
   * InProgress ones). Such a check is `inconclusive` with this reason, never `passed`.
   */
  unseenSubjectReason?(checkId: string): string | undefined;
  /** Throttling retries the run's exchanges needed so far. */
  retries(): number;
  /** What the run worked around without it deciding any check (e.g. an Expedited job refused and initiated as Standard). */
  notes?(): readonly string[];
}
