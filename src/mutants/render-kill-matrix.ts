import { FAMILIES } from '../checks/check-definition';
import type { KillRow, KillSummary } from './kill-matrix';

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

function headline(summary: KillSummary, seed: number): string {
  return [
    `${summary.caught} of ${summary.faults} faults caught by the family meant to catch them (${summary.caughtPercent} %)`,
    `median time to detection ${seconds(summary.medianDetectionMs)} (longest ${seconds(summary.maxDetectionMs)})`,
    `longest shrunk counterexample ${summary.maxCounterexampleCommands} commands`,
    `seed ${seed}`,
  ].join(' · ');
}

/** The README table: one line per fault, with the check that caught it in its family. */
export function renderReadmeSummary(rows: readonly KillRow[], summary: KillSummary, seed: number): string {
  const lines = rows.map((row) => {
    const meant = row.caughtBy[row.family];
    const others = Object.keys(row.caughtBy).filter((family) => family !== row.family);
    const caught = meant ? `\`${meant.firstCheck}\`` : `**${row.verdict}**`;
    const time = meant ? seconds(meant.timeToDetectionMs) : '–';
    const size = meant ? String(meant.counterexampleCommands) : '–';
    return `| \`${row.fault}\` | ${row.family} | ${caught} | ${time} | ${size} | ${others.join(', ') || '–'} |`;
  });
  return [
    headline(summary, seed),
    '',
    '| fault | family | caught by | detected after | counterexample (commands) | also caught by |',
    '| --- | --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n');
}

/** The full matrix: fault × family, each cell the first failing check, its detection time and counterexample size. */
export function renderKillMatrix(rows: readonly KillRow[], summary: KillSummary, seed: number): string {
  const cell = (row: KillRow, family: (typeof FAMILIES)[number]) => {
    const found = row.caughtBy[family];
    if (!found) return '';
    const mark = family === row.family ? '**' : '';
    return `${mark}${found.firstCheck.split('.')[1]}${mark} (${seconds(found.timeToDetectionMs)}, ${found.counterexampleCommands} cmd${found.checks.length > 1 ? `, +${found.checks.length - 1}` : ''})`;
  };
  const lines = rows.map((row) => `| \`${row.fault}\` | ${row.family} | ${row.verdict} | ${FAMILIES.map((family) => cell(row, family)).join(' | ')} |`);
  return [
    '# Kill matrix',
    '',
    headline(summary, seed),
    '',
    'Each fault is one rule of the reference replaced (src/reference/faults*.ts), run against the default `run`:',
    'every family, the default number of runs, the embedded reference\'s profile. A cell names the first check of',
    'the family that failed, the time from the family\'s start to that failure (before shrinking), the commands in its',
    'shrunk counterexample, and how many more checks of the family failed. Bold: the family meant to catch the fault.',
    '',
    `| fault | meant for | verdict | ${FAMILIES.join(' | ')} |`,
    `| --- | --- | --- | ${FAMILIES.map(() => '---').join(' | ')} |`,
    ...lines,
    '',
  ].join('\n');
}
