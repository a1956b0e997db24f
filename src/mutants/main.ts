import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root';
import { FAULTS } from './faults';
import { conformanceRun } from '../run/conformance-run';
import { runPlan } from '../run/run-plan';
import { killRow, killSummary, type KillRow } from './kill-matrix';
import { renderKillMatrix, renderReadmeSummary } from './render-kill-matrix';
import { replaceSection } from './readme-section';

/** Fixed, so the published matrix is reproducible; `-- --seed N` starts elsewhere. */
const DEFAULT_SEED = 1;

function parseArgs(argv: readonly string[]): { seeds: number[]; names: string[] } {
  const names: string[] = [];
  let seed = DEFAULT_SEED;
  let count = 1;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--seed') seed = Number(argv[(i += 1)]);
    else if (argv[i] === '--seeds') count = Number(argv[(i += 1)]);
    else names.push(argv[i]!);
  }
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) throw new Error('mutants: --seed and --seeds take whole numbers');
  return { seeds: Array.from({ length: count }, (_, index) => seed + index), names };
}

/**
 * `npm run mutants [-- NAME... --seed N --seeds K]`: the default `run` (all
 * families, the default number of runs, the embedded reference's profile)
 * against every faulty variant in turn, in process, on K consecutive seeds
 * (default 1, from seed 1). Writes the kill matrix to reports/mutants/ and its
 * summary between the mutants markers of README.md; exits 1 when a fault
 * survives or is caught only outside its family on any seed.
 */
async function main(argv: readonly string[]): Promise<number> {
  const { seeds, names } = parseArgs(argv);
  const faults = FAULTS.filter((fault) => names.length === 0 || names.some((name) => fault.name.includes(name)));
  if (faults.length === 0) throw new Error(`mutants: no fault matches ${names.join(', ')}`);
  const rows: KillRow[] = [];
  for (const fault of faults) {
    for (const seed of seeds) {
      const started = Date.now();
      // The plan `run --fault NAME --seed N` makes: the embedded reference's profile, every family, the default runs.
      const run = await conformanceRun(runPlan({ seed, runId: `${seed.toString(36)}-${started.toString(36)}`, embedded: { rules: fault.rules } }));
      const row = killRow(fault, seed, run.checks, Date.now() - started);
      rows.push(row);
      const meant = row.caughtBy[row.family];
      process.stdout.write(`${row.verdict.padEnd(12)} ${fault.name.padEnd(38)} seed ${seed}: ${meant ? `${meant.firstCheck} in ${meant.timeToDetectionMs} ms, ${meant.counterexampleCommands} commands` : `families: ${Object.keys(row.caughtBy).join(', ') || 'none'}`}\n`);
    }
  }
  const summary = killSummary(rows);
  const dir = join(packageRoot(), 'reports', 'mutants');
  mkdirSync(dir, { recursive: true });
  const record = { generatedAt: new Date().toISOString(), seeds, node: process.version, summary, rows };
  writeFileSync(join(dir, 'kill-matrix.json'), `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(join(dir, 'kill-matrix.md'), renderKillMatrix(rows, summary));
  // A partial selection is a developer's probe: only the whole catalogue is published in the README.
  if (names.length === 0) {
    const readme = join(packageRoot(), 'README.md');
    writeFileSync(readme, replaceSection(readFileSync(readme, 'utf8'), 'mutants', renderReadmeSummary(rows, summary)));
  }
  process.stdout.write(`${summary.caughtRuns}/${summary.runs} runs caught by their family (${summary.caughtPercent} %), median detection ${summary.medianDetectionMs} ms, longest counterexample ${summary.maxCounterexampleCommands} commands; wrote ${join('reports', 'mutants')}/\n`);
  return summary.survived.length + summary.wrongFamily.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`mutants: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
