import type { Diagnostic } from '../core/diagnostic';
import type { Exchange } from '../core/exchange';
import { CheckFailure } from './check-failure';

/** One command of a run and the HTTP exchanges it made (the first step holds the run's setup). */
export interface RunStep {
  readonly command: string;
  readonly exchanges: readonly Exchange[];
}

/**
 * Collects what one family's property runs observe. Checks of the family being
 * run are enforced (a problem throws {@link CheckFailure}, which fast-check
 * shrinks); every other check is only counted. The steps of the latest failing
 * run are kept: after shrinking they are the minimal counterexample's.
 */
export class Recorder {
  private steps: RunStep[] = [];
  private pending: Exchange[] = [];
  lastFailure?: { failure: CheckFailure; steps: readonly RunStep[] };
  /** When the first enforced problem was seen, before any shrinking. */
  firstFailureAtMs?: number;

  /** `exercised` may be shared by several attempts of one family, so their observations add up. */
  constructor(
    private readonly enforced: (checkId: string) => boolean,
    private readonly now: () => number,
    private readonly exercised = new Map<string, number>(),
  ) {}

  beginRun(): void {
    this.steps = [];
    this.pending = [];
  }

  /** Closes a step: the command just run owns the exchanges made since the previous one. */
  command(description: string): void {
    this.steps.push({ command: description, exchanges: this.pending.splice(0) });
  }

  exchange(exchange: Exchange): void {
    this.pending.push(exchange);
  }

  /** Counts the check as exercised; throws when it is enforced and found a problem. */
  observe(checkId: string, diagnostics: readonly Diagnostic[]): void {
    this.exercised.set(checkId, (this.exercised.get(checkId) ?? 0) + 1);
    if (diagnostics.length === 0 || !this.enforced(checkId)) return;
    const failure = new CheckFailure(checkId, diagnostics);
    this.firstFailureAtMs ??= this.now();
    // The run's own array, not a copy: the failing command closes its step after it throws.
    this.lastFailure = { failure, steps: this.steps };
    throw failure;
  }

  timesExercised(checkId: string): number {
    return this.exercised.get(checkId) ?? 0;
  }
}
