/**
 * What a benchmark reports, as plain data: the table printer and reports/bench/latest.json
 * read only these shapes, so a new benchmark is one module plus one entry in benchmarks.ts.
 */

/** One measured number, e.g. `{ label: 'tree hasher', value: 1650.2, unit: 'MiB/s' }`. */
export interface Measurement {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
}

export type Comparator = '>=' | '<=' | '<';

/** A measured value held against a target from an issue, e.g. ours/raw ≥ 0.95. */
export interface TargetCheck extends Measurement {
  readonly comparator: Comparator;
  readonly threshold: number;
  readonly met: boolean;
}

export interface BenchResult {
  readonly measurements: readonly Measurement[];
  readonly targets: readonly TargetCheck[];
  /** How it was measured (data size, rounds, statistic), printed under the table. */
  readonly notes: readonly string[];
}

export interface Benchmark {
  /** Stable id: `npm run bench -- <name>` runs only the benchmarks whose name contains it. */
  readonly name: string;
  readonly description: string;
  readonly run: () => Promise<BenchResult>;
}

/** Builds a {@link TargetCheck}, deciding `met` from the comparator. */
export function targetCheck(
  label: string,
  value: number,
  unit: string,
  comparator: Comparator,
  threshold: number,
): TargetCheck {
  const met = comparator === '>=' ? value >= threshold : comparator === '<=' ? value <= threshold : value < threshold;
  return { label, value, unit, comparator, threshold, met };
}
