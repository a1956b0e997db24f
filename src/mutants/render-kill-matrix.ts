import { FAMILIES } from '../checks/check-definition';
import type { KillRow, KillSummary } from './kill-matrix';

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

const seedRange = (seeds: readonly number[]) => (seeds.length === 1 ? `seed ${seeds[0]}` : `seeds ${seeds[0]}–${seeds.at(-1)}`);

function headline(summary: KillSummary): string {
  const caught = summary.seeds.length === 1
    ? `${summary.caughtRuns} of ${summary.faults} faults caught by the family meant to catch them`
    : `${summary.faults} faults × ${summary.seeds.length} seeds: ${summary.caughtRuns} of ${summary.runs} runs caught by the family meant to catch the fault`;
  return [
    `${caught} (${summary.caughtPercent} %)`,
    `median time to detection ${seconds(summary.medianDetectionMs)} (longest ${seconds(summary.maxDetectionMs)})`,
    `longest shrunk counterexample ${summary.maxCounterexampleCommands} commands`,
    seedRange(summary.seeds),
  ].join(' · ');
}

/** The first seed's row of each fault, and on how many seeds its family caught it. */
function byFault(rows: readonly KillRow[]): { row: KillRow; caughtOn: number; seeds: number }[] {
  const faults = [...new Set(rows.map((row) => row.fault))];
  return faults.map((fault) => {
    const runs = rows.filter((row) => row.fault === fault);
    return { row: runs[0]!, caughtOn: runs.filter((row) => row.verdict === 'caught').length, seeds: runs.length };
  });
}

/** The README table: one line per fault, with the check that caught it in its family on the first seed. */
export function renderReadmeSummary(rows: readonly KillRow[], summary: KillSummary): string {
  const several = summary.seeds.length > 1;
  const lines = byFault(rows).map(({ row, caughtOn, seeds }) => {
    const meant = row.caughtBy[row.family];
    const others = Object.keys(row.caughtBy).filter((family) => family !== row.family);
    const caught = meant ? `\`${meant.firstCheck}\`` : `**${row.verdict}**`;
    const time = meant ? seconds(meant.timeToDetectionMs) : '–';
    const size = meant ? String(meant.counterexampleCommands) : '–';
    return `| \`${row.fault}\` | ${row.family} | ${caught} | ${time} | ${size} | ${others.join(', ') || '–'} |${several ? ` ${caughtOn}/${seeds} |` : ''}`;
  });
  return [
    headline(summary),
    '',
    `| fault | family | caught by | detected after | counterexample (commands) | also caught by |${several ? ' caught on seeds |' : ''}`,
    `| --- | --- | --- | --- | --- | --- |${several ? ' --- |' : ''}`,
    ...lines,
  ].join('\n');
}

/** The full matrix: fault × family, each cell the first failing check, its detection time and counterexample size. */
export function renderKillMatrix(rows: readonly KillRow[], summary: KillSummary): string {
  const cell = (row: KillRow, family: (typeof FAMILIES)[number]) => {
    const found = row.caughtBy[family];
    if (!found) return '';
    const mark = family === row.family ? '**' : '';
    return `${mark}${found.firstCheck.split('.')[1]}${mark} (${seconds(found.timeToDetectionMs)}, ${found.counterexampleCommands} cmd${found.checks.length > 1 ? `, +${found.checks.length - 1}` : ''})`;
  };
  const lines = byFault(rows).map(({ row, caughtOn, seeds }) => `| \`${row.fault}\` | ${row.family} | ${caughtOn}/${seeds} | ${FAMILIES.map((family) => cell(row, family)).join(' | ')} |`);
  return [
    '# Kill matrix',
    '',
    headline(summary),
    '',
    'Each fault is one rule of the reference replaced (src/reference/faults*.ts), run against the default `run`:',
    'every family, the default number of runs, the embedded reference\'s profile. A cell names the first check of',
    'the family that failed, the time from the family\'s start to that failure (before shrinking), the commands in its',
    'shrunk counterexample, and how many more checks of the family failed, on the first seed. Bold: the family meant',
    'to catch the fault. "Caught" counts the seeds on which that family caught it.',
    '',
    `| fault | meant for | caught | ${FAMILIES.join(' | ')} |`,
    `| --- | --- | --- | ${FAMILIES.map(() => '---').join(' | ')} |`,
    ...lines,
    '',
  ].join('\n');
}
