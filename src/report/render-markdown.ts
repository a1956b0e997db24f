import { diagnosticLine } from './diagnostic-line';
import { footprintMarkdown } from './footprint-text';
import type { ConformanceReport } from './report-model';

const ICON: Record<string, string> = { passed: '✅ passed', failed: '❌ failed', known: '⚠️ known', inconclusive: '❔ inconclusive', 'not-run': '➖ not-run' };

/** summary.md: for CI job summaries (verdict, table, failures with replay commands). */
export function renderMarkdown(report: ConformanceReport): string {
  const counts = Object.entries(report.counts).map(([status, count]) => `${count} ${status}`).join(' · ');
  const lines = [
    `# Glacier conformance: ${report.verdict}`,
    '',
    `Target **${escape(report.target.description)}**${report.target.fault ? ` (fault ${escape(report.target.fault)})` : ''} · profile **${escape(report.profile.name)}** · seed ${report.seed} · ${report.runs} runs per family`,
    '',
    counts,
    ...(report.omitted ? ['', `**Partial:** ${report.omitted.checks} checks of ${report.omitted.families.join(', ')} ${report.omitted.reason}.`] : []),
    ...failureList(report),
    '',
    '| Check | Family | Status | Source |',
    '| --- | --- | --- | --- |',
    ...report.checks.map((check) => `| [\`${check.id}\`](checks.md#${check.id}) ${escape(check.title)} | ${check.family} | ${ICON[check.status]}${check.reason ? ` (${escape(check.reason)})` : ''} | ${check.source} |`),
  ];
  const failures = report.checks.filter((check) => check.failure);
  if (failures.length > 0) lines.push('', '## Failure details');
  for (const check of failures) {
    const failure = check.failure!;
    lines.push('', `<a id="failure-${check.id}"></a>`, '', `### \`${check.id}\` ${escape(check.title)} (${check.source})`, '', ...fenced(failure.diagnostics.map((d) => `${d.path}: ${d.message}`)), '', 'Minimal sequence:', '');
    failure.commands.forEach((command, index) => lines.push(`${index + 1}. ${escape(command)}`));
    lines.push('', `Replay: ${codeSpan(failure.replay)}`);
  }
  lines.push('', ...footprintMarkdown(report.footprint, { escape, codeSpan }));
  return `${lines.join('\n')}\n`;
}

/**
 * Target text in running Markdown (a table cell, a list item): every ASCII punctuation
 * character backslash-escaped, which CommonMark reads as that literal character, so no `<img>`,
 * `<!--`, `|`, `*` or `[link](…)` a target sends is ever markup; line breaks become spaces.
 */
function escape(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&').replace(/\r\n|\r|\n/g, ' ');
}

/** Text as an inline code span whose backtick string is longer than any run inside (CommonMark §6.1). */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  const pad = /^`|`$/.test(flat) ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/**
 * Target text as a fenced code block whose fence is longer than any backtick run inside, so no
 * line of the text can close it (CommonMark §4.5); nothing in a code block is markup.
 */
function fenced(lines: readonly string[]): string[] {
  const longest = Math.max(0, ...lines.join('\n').match(/`+/g)?.map((run) => run.length) ?? []);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [fence, ...lines.flatMap((line) => line.split(/\r\n|\r|\n/)), fence];
}

/** The failures first, one line each with a link to its details: a reader sees them before the table of every check. */
function failureList(report: ConformanceReport): string[] {
  const failures = report.checks.filter((check) => check.failure);
  if (failures.length === 0) return [];
  return ['', `## Failures (${failures.length})`, '', ...failures.map((check) => `- [\`${check.id}\`](#failure-${check.id}) ${escape(diagnosticLine(check.failure!.diagnostics[0]))}`), '', '## Checks'];
}
