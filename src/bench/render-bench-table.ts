import type { BenchResult, Measurement, TargetCheck } from './bench-result';

/** Formats one benchmark's result as an aligned, readable block of text. Pure. */
export function renderBenchTable(name: string, description: string, result: BenchResult, seconds: number): string {
  const rows = [...result.measurements, ...result.targets];
  const width = Math.max(...rows.map((row) => row.label.length));
  const lines = [`${name}: ${description} (${seconds.toFixed(1)} s)`];
  for (const row of result.measurements) lines.push(`  ${row.label.padEnd(width)}  ${formatValue(row)}`);
  for (const row of result.targets) lines.push(`  ${row.label.padEnd(width)}  ${formatValue(row)}  ${formatTarget(row)}`);
  for (const note of result.notes) lines.push(`  · ${note}`);
  return lines.map((line) => line.trimEnd()).join('\n');
}

function formatValue(row: Measurement): string {
  const digits = row.unit === '×' ? 3 : row.unit === 's' ? 3 : 1;
  return `${row.value.toFixed(digits).padStart(10)} ${row.unit.padEnd(5)}`;
}

function formatTarget(row: TargetCheck): string {
  const comparator = { '>=': '≥', '<=': '≤', '<': '<' }[row.comparator];
  return `target ${comparator} ${row.threshold} ${row.unit}  ${row.met ? 'met' : 'NOT MET'}`;
}
