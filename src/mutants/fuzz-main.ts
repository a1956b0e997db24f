import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root';
import { falseAlarmSweep } from './false-alarms';

/** Issue 8: at least 20 consecutive seeds. */
const DEFAULT_SEEDS = 20;

function parseArgs(argv: readonly string[]): { firstSeed: number; seeds: number } {
  const value = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag);
    const parsed = at < 0 ? fallback : Number(argv[at + 1]);
    if (!Number.isInteger(parsed)) throw new Error(`fuzz: ${flag} takes a whole number`);
    return parsed;
  };
  return { firstSeed: value('--first-seed', 1), seeds: value('--seeds', DEFAULT_SEEDS) };
}

/**
 * `npm run fuzz [-- --first-seed N --seeds K]`: the false-alarm sweep at full
 * strength (the default number of runs per family) over consecutive seeds;
 * writes reports/fuzz/false-alarms.json and exits 1 on any failed or
 * inconclusive check of the correct reference.
 */
async function main(argv: readonly string[]): Promise<number> {
  const { firstSeed, seeds } = parseArgs(argv);
  const outcomes = await falseAlarmSweep({
    firstSeed,
    seeds,
    onSeed: (outcome) => {
      const notRun = outcome.notRun.length > 0 ? `, not-run: ${outcome.notRun.map((note) => note.id).join(', ')}` : '';
      process.stdout.write(`seed ${outcome.seed} (${outcome.delays}): ${outcome.passed} passed, ${outcome.alarms.length} false alarms${notRun} in ${(outcome.durationMs / 1000).toFixed(1)} s\n`);
      for (const alarm of outcome.alarms) process.stdout.write(`  ${alarm.status} ${alarm.id}: ${alarm.detail}\n`);
    },
  });
  const dir = join(packageRoot(), 'reports', 'fuzz');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'false-alarms.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), firstSeed, seeds, outcomes }, null, 2)}\n`);
  const alarms = outcomes.reduce((sum, outcome) => sum + outcome.alarms.length, 0);
  process.stdout.write(`${alarms} false alarms over seeds ${firstSeed}..${firstSeed + seeds - 1}; wrote ${join('reports', 'fuzz', 'false-alarms.json')}\n`);
  return alarms === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`fuzz: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
