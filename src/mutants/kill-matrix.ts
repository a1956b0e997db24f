import { CATALOG } from '../checks/catalog';
import { FAMILIES, type Family } from '../checks/check-definition';
import type { CheckResult, FoundResult } from '../engine/check-result';

/** What one family did against one fault: the checks that failed, the first catch, its counterexample. */
export interface FamilyCatch {
  readonly checks: readonly string[];
  /** The check that failed first (earliest time to detection). */
  readonly firstCheck: string;
  /** Milliseconds from the family's start to that failure, before shrinking. */
  readonly timeToDetectionMs: number;
  /** Commands in that check's shrunk counterexample. */
  readonly counterexampleCommands: number;
  /** The longest shrunk counterexample among all the family's failed checks. */
  readonly maxCounterexampleCommands: number;
}

export type KillVerdict = 'caught' | 'wrong-family' | 'survived';

export interface KillRow {
  readonly fault: string;
  readonly seed: number;
  readonly family: Family;
  readonly description: string;
  readonly verdict: KillVerdict;
  /** Every family in which some check failed. */
  readonly caughtBy: Partial<Record<Family, FamilyCatch>>;
  /** Checks that ended inconclusive (with a fault, e.g. jobs that never complete, some cannot be decided). */
  readonly inconclusive: readonly string[];
  readonly durationMs: number;
}

/** Over every run, one per fault and seed: the numbers issue 8 sets targets for. */
export interface KillSummary {
  readonly faults: number;
  readonly seeds: readonly number[];
  /** Runs: faults × seeds. */
  readonly runs: number;
  /** Runs in which the family meant to catch the fault did. */
  readonly caughtRuns: number;
  readonly caughtPercent: number;
  /** `fault@seed` for every run that escaped its family. */
  readonly wrongFamily: readonly string[];
  readonly survived: readonly string[];
  /** Median over caught runs of the meant family's time to detection. */
  readonly medianDetectionMs: number;
  readonly maxDetectionMs: number;
  /** The longest shrunk counterexample among the meant families' failed checks. */
  readonly maxCounterexampleCommands: number;
}

const familyOf = new Map(CATALOG.map((check) => [check.id, check.family]));

function familyCatch(failed: readonly FoundResult[]): FamilyCatch | undefined {
  const first = [...failed].sort((a, b) => a.timeToDetectionMs - b.timeToDetectionMs)[0];
  if (!first) return undefined;
  const sizes = failed.map((check) => check.counterexample.commands.length);
  return {
    checks: failed.map((check) => check.id),
    firstCheck: first.id,
    timeToDetectionMs: first.timeToDetectionMs,
    counterexampleCommands: first.counterexample.commands.length,
    maxCounterexampleCommands: Math.max(...sizes),
  };
}

/** One fault's row of the kill matrix, from the checks of a whole run against it. */
export function killRow(fault: { name: string; family: Family; description: string }, seed: number, checks: readonly CheckResult[], durationMs: number): KillRow {
  const caughtBy: Partial<Record<Family, FamilyCatch>> = {};
  for (const family of FAMILIES) {
    const found = familyCatch(checks.filter((check): check is FoundResult => check.status === 'failed' && familyOf.get(check.id) === family));
    if (found) caughtBy[family] = found;
  }
  const any = Object.keys(caughtBy).length > 0;
  const verdict: KillVerdict = caughtBy[fault.family] ? 'caught' : any ? 'wrong-family' : 'survived';
  const inconclusive = checks.filter((check) => check.status === 'inconclusive').map((check) => check.id);
  return { fault: fault.name, seed, family: fault.family, description: fault.description, verdict, caughtBy, inconclusive, durationMs };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The numbers issue 8 sets targets for: caught %, median time to detection, longest counterexample. */
export function killSummary(rows: readonly KillRow[]): KillSummary {
  const meant = rows.flatMap((row) => (row.caughtBy[row.family] ? [row.caughtBy[row.family]!] : []));
  const detection = meant.map((found) => found.timeToDetectionMs);
  const label = (row: KillRow) => `${row.fault}@${row.seed}`;
  return {
    faults: new Set(rows.map((row) => row.fault)).size,
    seeds: [...new Set(rows.map((row) => row.seed))],
    runs: rows.length,
    caughtRuns: meant.length,
    caughtPercent: rows.length === 0 ? 0 : Math.round((1000 * meant.length) / rows.length) / 10,
    wrongFamily: rows.filter((row) => row.verdict === 'wrong-family').map(label),
    survived: rows.filter((row) => row.verdict === 'survived').map(label),
    medianDetectionMs: median(detection),
    maxDetectionMs: Math.max(0, ...detection),
    maxCounterexampleCommands: Math.max(0, ...meant.map((found) => found.maxCounterexampleCommands)),
  };
}
