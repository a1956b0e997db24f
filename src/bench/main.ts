import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root';
import type { BenchResult } from './bench-result';
import { BENCHMARKS } from './benchmarks';
import { renderBenchTable } from './render-bench-table';

interface BenchRecord extends BenchResult {
  readonly name: string;
  readonly description: string;
  readonly seconds: number;
}

/**
 * `npm run bench [-- NAME...]`: runs the benchmarks of {@link BENCHMARKS} (those whose name
 * contains one of NAME, or all), prints each as a table, and writes reports/bench/latest.json.
 */
async function main(filters: readonly string[]): Promise<number> {
  const selected = BENCHMARKS.filter((bench) => filters.length === 0 || filters.some((f) => bench.name.includes(f)));
  if (selected.length === 0) {
    process.stderr.write(`bench: no benchmark matches ${filters.join(', ')}\n`);
    return 2;
  }
  const records: BenchRecord[] = [];
  for (const bench of selected) {
    const start = process.hrtime.bigint();
    const result = await bench.run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    records.push({ name: bench.name, description: bench.description, seconds, ...result });
    process.stdout.write(`${renderBenchTable(bench.name, bench.description, result, seconds)}\n\n`);
  }
  const path = writeReport(records);
  const missed = records.flatMap((record) => record.targets.filter((target) => !target.met));
  process.stdout.write(`${missed.length === 0 ? 'all targets met' : `${missed.length} target(s) not met`}; wrote ${path}\n`);
  return 0;
}

function writeReport(records: readonly BenchRecord[]): string {
  const dir = join(packageRoot(), 'reports', 'bench');
  mkdirSync(dir, { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
    benchmarks: records,
  };
  const path = join(dir, 'latest.json');
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
