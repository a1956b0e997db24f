import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { sampleReport } from '../testing/report-fixture';
import type { ConformanceReport } from './report-model';

/** What a hostile target may put in any string a report quotes (issue 15). */
const PAYLOADS = {
  fence: 'x\n```\n<img src=x onerror=alert(1)>\n````\n~~~\n',
  table: 'a | b | c\n| --- | --- |\n| injected | row |',
  html: '<script>alert(1)</script><img src="https://evil.invalid/x.png"><a href="javascript:alert(1)">click</a>',
  comment: '<!-- everything after this is hidden',
  markup: '[link](https://evil.invalid) **bold** # heading\n# heading\n> quote',
};

/** The sample report with the payload in every target-quoted field: reasons, diagnostics, commands. */
function hostileReport(payload: string): ConformanceReport {
  const report = sampleReport();
  return {
    ...report,
    checks: report.checks.map((check) => ({
      ...check,
      ...(check.reason ? { reason: `reason ${payload}` } : {}),
      ...(check.failure
        ? { failure: { ...check.failure, diagnostics: [{ path: `body/${payload}`, message: `Received: ${payload}\nExpected: null` }], commands: [`DescribeJob(${payload})`] } }
        : {}),
    })),
  };
}

// html: true, as GitHub renders raw HTML in a job summary: only escaping keeps the payload text.
const commonmark = new MarkdownIt({ html: true });
const RAW_ELEMENT = /<(script|img|a|iframe|!--)[\s>]/i;

describe('summary.md quotes target text so it never leaves its block', () => {
  it.each(Object.entries(PAYLOADS))('%s payload: no raw HTML element, no fence breakout, no extra table row', (_name, payload) => {
    const report = hostileReport(payload);
    const html = commonmark.render(renderMarkdown(report));
    // The report's own links to each failure's details are the only anchors it may hold.
    expect(html.replace(/<a href="(#failure-|checks\.md#)[\w.-]+">|<a id="failure-[\w.-]+"><\/a>/g, '')).not.toMatch(RAW_ELEMENT);
    // The same report with a harmless text renders to the same structure: the payload changed nothing but text.
    const plain = commonmark.render(renderMarkdown(hostileReport('plain text')));
    const count = (text: string, tag: string) => text.split(tag).length - 1;
    const failures = report.checks.filter((check) => check.failure).length;
    // Every failure's diagnostics are one code block, and every heading survives (an open fence would swallow them).
    expect(html.match(/<pre><code>/g)?.length).toBe(failures);
    expect(html.match(/<h3>/g)?.length).toBe(failures);
    expect(count(html, '<h2>')).toBe(count(plain, '<h2>'));
    expect(count(html, '<li>')).toBe(count(plain, '<li>'));
    // One table row per check, each with its four cells.
    expect(html.match(/<tr>/g)?.length).toBe(report.checks.length + 1);
    expect(html.match(/<td>/g)?.length).toBe(report.checks.length * 4);
    // The payload is still there to read, as text.
    expect(html).toContain(payload.includes('<') ? '&lt;' : payload.split('\n')[0]!.slice(0, 1));
  });
});

describe('report.html escapes target text', () => {
  it.each(Object.entries(PAYLOADS))('%s payload: no raw element from the target', (_name, payload) => {
    const html = renderHtml(hostileReport(payload));
    expect(html).not.toMatch(/<(img|iframe)[\s>]|<a href="javascript|<!-- everything|<script>alert/i);
  });
});
