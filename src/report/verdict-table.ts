import { FAMILIES } from '../checks/check-definition';
import { terminalText } from '../core/terminal-text';
import type { CheckStatus } from '../engine/check-result';
import { diagnosticLine } from './diagnostic-line';
import type { ConformanceReport } from './report-model';

const COLUMNS: readonly CheckStatus[] = ['passed', 'failed', 'known', 'inconclusive', 'not-run'];

/** The short table `run` ends with: one line per family, then each failure with its replay command. */
export function renderVerdictTable(report: ConformanceReport, outDir: string): string {
  const header = ['family'.padEnd(12), ...COLUMNS.map((status) => status.padStart(14))].join('');
  const rows = FAMILIES.map((family) => {
    const checks = report.checks.filter((check) => check.family === family);
    return [family.padEnd(12), ...COLUMNS.map((status) => String(checks.filter((check) => check.status === status).length).padStart(14))].join('');
  });
  // Diagnostics and reasons quote the target: its control characters are shown, never obeyed.
  const failures = report.checks
    .filter((check) => check.status === 'failed')
    .map((check) => `  ✗ ${check.id}: ${terminalText(diagnosticLine(check.failure?.diagnostics[0]))}\n    replay: ${terminalText(check.failure?.replay ?? '')}`);
  const undecided = groupByReason(report.checks.filter((check) => check.status === 'inconclusive'));
  return [
    '',
    header,
    ...rows,
    '',
    ...failures,
    ...undecided,
    `verdict: ${report.verdict} (${report.counts.passed} passed, ${report.counts.failed} failed, ${report.counts.known} known, ${report.counts.inconclusive} inconclusive, ${report.counts['not-run']} not-run)`,
    ...(report.omitted ? [`partial: ${report.omitted.checks} checks of ${report.omitted.families.join(', ')} ${report.omitted.reason}; not a verdict on the whole API`] : []),
    `report: ${outDir}/report.html`,
    '',
  ].join('\n');
}

/** `? id: reason` per undecided check, or one line for many checks that share a reason (a target that went down mid-run). */
function groupByReason(checks: ConformanceReport['checks']): string[] {
  const byReason = new Map<string, string[]>();
  for (const check of checks) byReason.set(check.reason ?? '', [...(byReason.get(check.reason ?? '') ?? []), check.id]);
  return [...byReason].map(([raw, ids]) => {
    const reason = terminalText(raw);
    return ids.length > 3 ? `  ? ${ids.length} checks (${ids[0]}, …): ${reason}` : ids.map((id) => `  ? ${id}: ${reason}`).join('\n');
  });
}
