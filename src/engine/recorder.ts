import type { CheckId } from '../checks/catalog';
import { judge, type CheckInput } from '../checks/judge';
import type { ExchangeRecord } from '../core/exchange';
import type { Diagnostic } from '../core/diagnostic';
import { CheckFailure } from './check-failure';

/** One command of a run and the HTTP exchanges it made (the first step holds the run's setup). */
export interface RunStep {
  readonly command: string;
  /** Redacted and size-capped by construction: only the transport's recorder builds these. */
  readonly exchanges: readonly ExchangeRecord[];
}

/** The latest enforced failure, the steps of its run, and when the family's first one was seen. */
export interface Detection {
  readonly failure: CheckFailure;
  readonly steps: readonly RunStep[];
  readonly firstAtMs: number;
}

/**
 * Collects what one family's property runs observe. Checks of the family being
 * run are enforced (a problem throws {@link CheckFailure}, which fast-check
 * shrinks); every other check is only counted. The steps of the latest failing
 * run are kept: after shrinking they are the minimal counterexample's.
 */
export class Recorder {
  private steps: RunStep[] = [];
  private pending: ExchangeRecord[] = [];
  private latest?: Detection;

  /** `exercised` may be shared by several attempts of one family, so their observations add up. */
  constructor(
    private readonly enforced: (checkId: CheckId) => boolean,
    private readonly now: () => number,
    private readonly exercised = new Map<CheckId, number>(),
  ) {}

  beginRun(): void {
    this.steps = [];
    this.pending = [];
  }

  /** Closes a step: the command just run owns the exchanges made since the previous one. */
  command(description: string): void {
    this.steps.push({ command: description, exchanges: this.pending.splice(0) });
  }

  exchange(exchange: ExchangeRecord): void {
    this.pending.push(exchange);
  }

  /** Judges one observation with the check `id`, counts it as exercised; throws when it is enforced and found a problem. */
  observe<Id extends CheckId>(id: Id, input: CheckInput<Id>): void {
    this.recall(id, judge(id, input));
  }

  /**
   * Counts a judgement made earlier (a shared preparation's, replayed into every run
   * that builds on it); throws like {@link observe} when it is enforced and found a problem.
   */
  recall(id: CheckId, diagnostics: readonly Diagnostic[]): void {
    this.exercised.set(id, (this.exercised.get(id) ?? 0) + 1);
    if (diagnostics.length === 0 || !this.enforced(id)) return;
    const failure = new CheckFailure(id, diagnostics);
    // The run's own array, not a copy: the failing command closes its step after it throws.
    this.latest = { failure, steps: this.steps, firstAtMs: this.latest?.firstAtMs ?? this.now() };
    throw failure;
  }

  /** The latest enforced failure (after shrinking: the minimal one's), if any. */
  detection(): Detection | undefined {
    return this.latest;
  }

  timesExercised(checkId: CheckId): number {
    return this.exercised.get(checkId) ?? 0;
  }
}
