import { diagnosticLine } from './diagnostic-line';
import type { ConformanceReport } from './report-model';

/**
 * junit.xml: one testsuite per family, one testcase per check, so CI shows
 * every rule; a failure's message is the diagnostic and its body the
 * counterexample. Inconclusive and not-run checks are skipped, known ones pass
 * with their reason in system-out.
 */
export function renderJunit(report: ConformanceReport): string {
  const families = [...new Set(report.checks.map((check) => check.family))];
  const suites = families.map((family) => {
    const checks = report.checks.filter((check) => check.family === family);
    const count = (status: string) => checks.filter((check) => check.status === status).length;
    // A family's checks are judged together over its sequences: each case gets an equal share of the family's wall time, so the suite adds up.
    const familySeconds = (checks[0]?.durationMs ?? 0) / 1000;
    const caseSeconds = checks.length ? familySeconds / checks.length : 0;
    const cases = checks.map((check) => {
      const open = `    <testcase classname="glacier-conformance.${family}" name="${xml(`${check.id}: ${check.title}`)}" time="${caseSeconds.toFixed(3)}">`;
      if (check.status === 'failed' && check.failure) {
        const message = diagnosticLine(check.failure.diagnostics[0]);
        const full = check.failure.diagnostics.map((d) => `${d.path}: ${d.message}`).join('\n');
        const body = [full, '', 'Minimal sequence:', ...check.failure.commands.map((c, i) => `${i + 1}. ${c}`), '', `Replay: ${check.failure.replay}`, `Seed: ${check.failure.seed} Path: ${check.failure.path}`].join('\n');
        return `${open}\n      <failure message="${xml(message)}" type="${xml(check.id)}">${xml(body)}</failure>\n    </testcase>`;
      }
      if (check.status === 'inconclusive' || check.status === 'not-run') return `${open}\n      <skipped message="${xml(`${check.status}: ${check.reason ?? ''}`.replace(/\s*\n\s*/g, ' '))}"/>\n    </testcase>`;
      if (check.status === 'known') return `${open}\n      <system-out>${xml(`known deviation: ${check.reason ?? ''}`)}</system-out>\n    </testcase>`;
      return `${open}</testcase>`;
    });
    const skipped = count('inconclusive') + count('not-run');
    return `  <testsuite name="${family}" tests="${checks.length}" failures="${count('failed')}" errors="0" skipped="${skipped}" time="${familySeconds.toFixed(3)}" timestamp="${report.startedAt}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const failures = report.counts.failed;
  const skipped = report.counts.inconclusive + report.counts['not-run'];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="glacier-conformance" tests="${report.checks.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}

function xml(text: string): string {
  return text
    .replace(/[^\x09\x0a\x0d\x20-\uD7FF\uE000-\uFFFD]/g, '?')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
