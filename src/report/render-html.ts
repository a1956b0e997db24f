import { escapeHtml } from './escape-html';
import { FAMILIES } from '../checks/check-definition';
import { summarizeExchange } from './exchange-summary';
import { footprintHtml } from './footprint-html';
import { HTML_STYLE } from './html-style';
import { diagnosticLine } from './diagnostic-line';
import type { ConformanceReport, ReportCheck } from './report-model';

const escape = escapeHtml;

const VERDICT_TEXT: Record<string, string> = {
  conformant: 'Every check that ran passed.',
  'non-conformant': 'At least one check failed: the target does not behave like Glacier there.',
  inconclusive: 'Nothing failed, but some checks could not be decided.',
  partial: 'Every check that ran passed, but this run left checks out; it is no verdict on the whole API.',
  error: 'The run could not be carried out.',
};

/**
 * report.html: one self-contained page (inline style, no script, no external
 * asset) for a reader who has never seen the tool: the verdict first, then
 * the list of failures, every check by family, then each failure told as its minimal sequence.
 */
export function renderHtml(report: ConformanceReport): string {
  const failures = report.checks.filter((check) => check.failure);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Glacier conformance: ${escape(report.verdict)}</title><style>${HTML_STYLE}</style></head>
<body>
<h1>Glacier jobs API conformance report</h1>
<p class="meta">Target <strong>${escape(report.target.description)}</strong>${report.target.fault ? ` (faulty variant <code>${escape(report.target.fault)}</code>)` : ''} · profile <strong>${escape(report.profile.name)}</strong> · seed ${report.seed} · ${report.runs} runs per family · ${escape(report.startedAt)}${report.finishedAt ? ` to ${escape(report.finishedAt)}` : ' (unfinished)'} · ${escape(report.tool.name)} ${escape(report.tool.version)}</p>
<p><span id="verdict" class="verdict ${report.verdict}" data-verdict="${report.verdict}">${escape(report.verdict)}</span> ${escape(VERDICT_TEXT[report.verdict] ?? '')}</p>
<p class="counts" id="counts">${Object.entries(report.counts).map(([status, count]) => `<span class="status ${status}" data-status="${status}">${count} ${status}</span>`).join('')}</p>
${report.omitted ? `<p class="omitted" id="omitted">Left out: ${report.omitted.checks} checks of ${escape(report.omitted.families.join(', '))} (${escape(report.omitted.reason)}).</p>` : ''}
${failures.length ? `<h2>Failures</h2>\n<ol id="failure-list">${failures.map((check) => `<li><a href="#failure-${escape(check.id)}"><code>${escape(check.id)}</code></a> ${escape(diagnosticLine(check.failure!.diagnostics[0]))}</li>`).join('')}</ol>` : ''}
<h2>Checks</h2>
<table id="checks"><thead><tr><th>Check</th><th>Status</th><th>Source</th><th>Severity</th></tr></thead><tbody>
${FAMILIES.map((family) => familyRows(family, report.checks.filter((check) => check.family === family))).join('\n')}
</tbody></table>
${failures.length ? `<h2>Failure details</h2>\n${failures.map(failureSection).join('\n')}` : ''}
${footprintHtml(report.footprint)}
<h2>How to read this report</h2>
<p>Each check is a rule of the Amazon S3 Glacier jobs API; its source is a section of <code>glacier-jobs-api.md</code>, and each id links to its entry in <code>checks.md</code> (the rule, why it matters, the AWS documentation). <strong>passed</strong>: the rule held every time it was exercised. <strong>failed</strong>: a generated sequence of requests broke it; the sequence below is the smallest one found, and the replay command reruns exactly it. <strong>known</strong>: it failed, but the profile declares the deviation. <strong>inconclusive</strong>: it could not be decided (the reason says why). <strong>not-run</strong>: not part of this run.</p>
</body></html>
`;
}

function familyRows(family: string, checks: readonly ReportCheck[]): string {
  if (checks.length === 0) return '';
  const rows = checks.map(
    (check) => `<tr class="check" data-id="${escape(check.id)}" data-status="${check.status}"><td><a class="doc" href="checks.md#${escape(check.id)}"><code>${escape(check.id)}</code></a><br>${escape(check.title)}</td><td><span class="status ${check.status}">${check.status}</span>${check.reason ? `<div class="reason">${escape(check.reason)}</div>` : ''}${check.failure ? `<div><a href="#failure-${escape(check.id)}">see the failure</a></div>` : ''}</td><td>${escape(check.source)}</td><td>${escape(check.severity)}</td></tr>`,
  );
  return `<tr class="family"><td colspan="4">${escape(family)}</td></tr>\n${rows.join('\n')}`;
}

function failureSection(check: ReportCheck): string {
  const failure = check.failure!;
  const story = failure.steps
    .map((step) => {
      const exchanges = step.exchanges
        .map((exchange) => `<details><summary class="exchange">${escape(summarizeExchange(exchange))}</summary><pre>${escape(JSON.stringify(exchange, null, 2))}</pre></details>`)
        .join('');
      return `<li>${escape(step.command)}${exchanges}</li>`;
    })
    .join('\n');
  return `<section class="failure" id="failure-${escape(check.id)}" data-id="${escape(check.id)}">
<h3><code>${escape(check.id)}</code> ${escape(check.title)}</h3>
<p>Source: ${escape(check.source)} of glacier-jobs-api.md · severity ${escape(check.severity)}${check.status === 'known' ? ` · known deviation: ${escape(check.reason ?? '')}` : ''}</p>
<pre class="diagnostic">${escape(failure.diagnostics.map((d) => `${d.path}: ${d.message}`).join('\n\n'))}</pre>
<p>The smallest sequence found (${failure.commands.length} commands, after ${failure.numShrinks} shrinks):</p>
<ol class="story">
${story}
</ol>
<p>Replay it: <code class="replay">${escape(failure.replay)}</code> (seed ${failure.seed}, path ${escape(failure.path)})</p>
</section>`;
}
