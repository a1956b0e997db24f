import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root';
import { falseAlarmSweep } from './false-alarms';
import { realisticRun, type RealismOutcome } from './realism-sweep';

/** Issue 8: at least 20 consecutive seeds. */
const DEFAULT_SEEDS = 20;
/** Issue 13: zero false alarms over 5 seeds against the realistic reference. */
const DEFAULT_REALISM_SEEDS = 5;

function parseArgs(argv: readonly string[]): { firstSeed: number; seeds: number; realismSeeds: number } {
  const value = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag);
    const parsed = at < 0 ? fallback : Number(argv[at + 1]);
    if (!Number.isInteger(parsed)) throw new Error(`fuzz: ${flag} takes a whole number`);
    return parsed;
  };
  return { firstSeed: value('--first-seed', 1), seeds: value('--seeds', DEFAULT_SEEDS), realismSeeds: value('--realism-seeds', DEFAULT_REALISM_SEEDS) };
}

/**
 * `npm run fuzz [-- --first-seed N --seeds K --realism-seeds R]`: the false-alarm sweep at full
 * strength (the default number of runs per family) over consecutive seeds, then the realistic
 * reference (--realism aws --time-scale 1000, aws profile) over R seeds from the first;
 * writes reports/fuzz/false-alarms.json and exits 1 on any failed or
 * inconclusive check of the correct reference (realistic: any not explained by a refusal).
 */
async function main(argv: readonly string[]): Promise<number> {
  const { firstSeed, seeds, realismSeeds } = parseArgs(argv);
  const outcomes = await falseAlarmSweep({
    firstSeed,
    seeds,
    onSeed: (outcome) => {
      const notRun = outcome.notRun.length > 0 ? `, not-run: ${outcome.notRun.map((note) => note.id).join(', ')}` : '';
      process.stdout.write(`seed ${outcome.seed} (${outcome.delays}): ${outcome.passed} passed, ${outcome.alarms.length} false alarms${notRun} in ${(outcome.durationMs / 1000).toFixed(1)} s\n`);
      for (const alarm of outcome.alarms) process.stdout.write(`  ${alarm.status} ${alarm.id}: ${alarm.detail}\n`);
    },
  });
  const realistic: Omit<RealismOutcome, 'checks'>[] = [];
  for (let seed = firstSeed; seed < firstSeed + realismSeeds; seed += 1) {
    const { checks: _checks, ...outcome } = await realisticRun(seed);
    realistic.push(outcome);
    const counts = Object.entries(outcome.counts).map(([status, count]) => `${count} ${status}`).join(', ');
    process.stdout.write(`realism seed ${seed}: ${counts}, ${outcome.alarms.length} false alarms in ${(outcome.durationMs / 1000).toFixed(1)} s\n`);
    for (const alarm of outcome.alarms) process.stdout.write(`  ${alarm.status} ${alarm.id}: ${alarm.detail}\n`);
    for (const reason of new Set(outcome.refused.map((check) => check.detail))) process.stdout.write(`  undecided (${outcome.refused.filter((check) => check.detail === reason).length}): ${reason}\n`);
    for (const note of outcome.notes) process.stdout.write(`  note: ${note}\n`);
  }
  const dir = join(packageRoot(), 'reports', 'fuzz');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'false-alarms.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), firstSeed, seeds, outcomes, realistic }, null, 2)}\n`);
  const alarms = [...outcomes, ...realistic].reduce((sum, outcome) => sum + outcome.alarms.length, 0);
  process.stdout.write(`${alarms} false alarms over seeds ${firstSeed}..${firstSeed + seeds - 1} and ${realismSeeds} realistic seeds; wrote ${join('reports', 'fuzz', 'false-alarms.json')}\n`);
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
