import type { Diagnostic } from '../core/diagnostic';
import { CheckFailure } from './check-failure';

/** The evidence a failing run leaves: what it did and what went over the wire. */
export interface RunEvidence {
  readonly commands: readonly string[];
  readonly exchanges: readonly unknown[];
}

/**
 * Collects what one family's property runs observe. Checks of the family being
 * run are enforced (a problem throws {@link CheckFailure}, which fast-check
 * shrinks); every other check is only counted. The evidence of the latest
 * failing run is kept: after shrinking it is the minimal counterexample's.
 */
export class Recorder {
  private commands: string[] = [];
  private exchanges: unknown[] = [];
  lastFailure?: { failure: CheckFailure; evidence: RunEvidence };
  /** When the first enforced problem was seen, before any shrinking. */
  firstFailureAtMs?: number;

  /** `exercised` may be shared by several attempts of one family, so their observations add up. */
  constructor(
    private readonly enforced: (checkId: string) => boolean,
    private readonly now: () => number,
    private readonly exercised = new Map<string, number>(),
  ) {}

  beginRun(): void {
    this.commands = [];
    this.exchanges = [];
  }

  command(description: string): void {
    this.commands.push(description);
  }

  exchange(exchange: unknown): void {
    this.exchanges.push(exchange);
  }

  /** Counts the check as exercised; throws when it is enforced and found a problem. */
  observe(checkId: string, diagnostics: readonly Diagnostic[]): void {
    this.exercised.set(checkId, (this.exercised.get(checkId) ?? 0) + 1);
    if (diagnostics.length === 0 || !this.enforced(checkId)) return;
    const failure = new CheckFailure(checkId, diagnostics);
    this.firstFailureAtMs ??= this.now();
    // The run's own arrays, not copies: the failing command is narrated after it throws.
    this.lastFailure = { failure, evidence: { commands: this.commands, exchanges: this.exchanges } };
    throw failure;
  }

  timesExercised(checkId: string): number {
    return this.exercised.get(checkId) ?? 0;
  }
}
