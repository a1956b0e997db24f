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
    '',
    '| Check | Family | Status | Source |',
    '| --- | --- | --- | --- |',
    ...report.checks.map((check) => `| \`${check.id}\` ${escape(check.title)} | ${check.family} | ${ICON[check.status]}${check.reason ? ` (${escape(check.reason)})` : ''} | ${check.source} |`),
  ];
  const failures = report.checks.filter((check) => check.failure);
  if (failures.length > 0) lines.push('', '## Failures');
  for (const check of failures) {
    const failure = check.failure!;
    lines.push('', `### \`${check.id}\` ${escape(check.title)} (${check.source})`, '', '```', ...failure.diagnostics.map((d) => `${d.path}: ${d.message}`), '```', '', 'Minimal sequence:', '');
    failure.commands.forEach((command, index) => lines.push(`${index + 1}. ${escape(command)}`));
    lines.push('', `Replay: \`${failure.replay}\``);
  }
  return `${lines.join('\n')}\n`;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
