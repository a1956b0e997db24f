import { diagnosticLine } from './diagnostic-line';
import type { ConformanceReport } from './report-model';

const ICON: Record<string, string> = { passed: '✅ passed', failed: '❌ failed', known: '⚠️ known', inconclusive: '❔ inconclusive', 'not-run': '➖ not-run' };

/** summary.md: for CI job summaries (verdict, table, failures with replay commands). */
export function renderMarkdown(report: ConformanceReport): string {
  const counts = Object.entries(report.counts).map(([status, count]) => `${count} ${status}`).join(' · ');
  const lines = [
    `# Glacier conformance: ${report.verdict}`,
    '',
    `Target **${report.target.description}**${report.target.fault ? ` (fault ${report.target.fault})` : ''} · profile **${report.profile.name}** · seed ${report.seed} · ${report.runs} runs per family`,
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
    lines.push('', `<a id="failure-${check.id}"></a>`, '', `### \`${check.id}\` ${escape(check.title)} (${check.source})`, '', '```', ...failure.diagnostics.map((d) => `${d.path}: ${d.message}`), '```', '', 'Minimal sequence:', '');
    failure.commands.forEach((command, index) => lines.push(`${index + 1}. ${escape(command)}`));
    lines.push('', `Replay: \`${failure.replay}\``);
  }
  return `${lines.join('\n')}\n`;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The failures first, one line each with a link to its details: a reader sees them before the table of every check. */
function failureList(report: ConformanceReport): string[] {
  const failures = report.checks.filter((check) => check.failure);
  if (failures.length === 0) return [];
  return ['', `## Failures (${failures.length})`, '', ...failures.map((check) => `- [\`${check.id}\`](#failure-${check.id}) ${escape(diagnosticLine(check.failure!.diagnostics[0]))}`), '', '## Checks'];
}
