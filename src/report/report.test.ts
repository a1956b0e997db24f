import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/package-root';
import { mergeReports } from './merge-reports';
import { renderHtml } from './render-html';
import { renderJunit } from './render-junit';
import { renderMarkdown } from './render-markdown';
import { sampleReport } from '../testing/report-fixture';
import { exitCodeOf, verdictOf } from './verdict';

export function reportSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(packageRoot(), 'specs/report.schema.json'), 'utf8')));
}

describe('buildReport', () => {
  it('produces a report.json that conforms to specs/report.schema.json', () => {
    const validate = reportSchemaValidator();
    expect(validate(JSON.parse(JSON.stringify(sampleReport()))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('counts every catalog check and calls a run with a failure non-conformant', () => {
    const report = sampleReport();
    expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(report.checks.length);
    expect(report.verdict).toBe('non-conformant');
  });

  it('calls an unfinished run inconclusive', () => {
    const report = sampleReport({ finished: false });
    expect(report.complete).toBe(false);
    expect(report.finishedAt).toBeNull();
  });
});

describe('verdictOf', () => {
  it.each([
    [{ passed: 3, failed: 0, known: 0, inconclusive: 0, 'not-run': 2 }, true, 'conformant'],
    [{ passed: 3, failed: 1, known: 0, inconclusive: 1, 'not-run': 0 }, true, 'non-conformant'],
    [{ passed: 3, failed: 0, known: 1, inconclusive: 1, 'not-run': 0 }, true, 'inconclusive'],
    [{ passed: 0, failed: 0, known: 0, inconclusive: 0, 'not-run': 5 }, true, 'inconclusive'],
    [{ passed: 3, failed: 0, known: 0, inconclusive: 0, 'not-run': 0 }, false, 'inconclusive'],
    [{ passed: 3, failed: 0, known: 2, inconclusive: 0, 'not-run': 0 }, true, 'conformant'],
  ] as const)('%j complete=%s is %s', (counts, complete, verdict) => {
    expect(verdictOf(counts, complete)).toBe(verdict);
  });

  it('calls a passing run that left applicable checks out partial, which exits 0 only when the subset was asked for', () => {
    const counts = { passed: 7, failed: 0, known: 0, inconclusive: 0, 'not-run': 40 };
    expect(verdictOf(counts, true, 40)).toBe('partial');
    expect(verdictOf({ ...counts, failed: 1 }, true, 40)).toBe('non-conformant');
    expect(exitCodeOf('partial', true)).toBe(0);
    expect(exitCodeOf('partial')).toBe(3);
  });
});

describe('report layout', () => {
  it('lists the failures with links before the table of every check, in HTML and Markdown', () => {
    const report = sampleReport();
    const failed = report.checks.filter((check) => check.failure);
    const html = renderHtml(report);
    expect(html.indexOf('id="failure-list"')).toBeGreaterThan(-1);
    expect(html.indexOf('id="failure-list"')).toBeLessThan(html.indexOf('id="checks"'));
    expect(html).toContain(`<a href="#failure-${failed[0]!.id}">`);
    expect(html).toContain(`href="checks.md#${failed[0]!.id}"`);
    const markdown = renderMarkdown(report);
    expect(markdown.indexOf(`## Failures (${failed.length})`)).toBeLessThan(markdown.indexOf('| Check | Family | Status | Source |'));
    expect(markdown).toContain(`- [\`${failed[0]!.id}\`](#failure-${failed[0]!.id}) body\\/Marker\\: Received\\: \\"x\\<y\\>\\&z\\" \\/ Expected\\: null`);
  });
});

describe('renderJunit', () => {
  it('is parseable XML with one testcase per check and the diagnostic as failure message', () => {
    const report = sampleReport();
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(renderJunit(report));
    const suites = [parsed.testsuites.testsuite].flat();
    const cases = suites.flatMap((suite: { testcase: unknown }) => [suite.testcase].flat()) as { name: string; failure?: { message: string } }[];
    expect(cases).toHaveLength(report.checks.length);
    const failed = cases.filter((testcase) => testcase.failure);
    expect(failed).toHaveLength(report.counts.failed);
    expect(failed[0]!.failure!.message).toBe('body/Marker: Received: "x<y>&z" / Expected: null');
    expect(Number(parsed.testsuites.failures)).toBe(report.counts.failed);
    // Real durations: each family's 2.4 s shared among its checks.
    const spec = suites.find((suite: { name: string }) => suite.name === 'spec') as { time: string; testcase: { time: string }[] };
    expect(Number(spec.time)).toBe(2.4);
    expect(Number(spec.testcase[0]!.time)).toBeCloseTo(2.4 / spec.testcase.length, 3);
  });
});

describe('renderMarkdown', () => {
  it('lists the verdict, every check and each failure with its replay command', () => {
    const report = sampleReport();
    const markdown = renderMarkdown(report);
    expect(markdown.split('\n')[0]).toBe('# Glacier conformance: non-conformant');
    for (const check of report.checks) expect(markdown).toContain(`\`${check.id}\``);
    const failed = report.checks.find((check) => check.status === 'failed')!;
    expect(markdown).toContain(`Replay: \`glacier-conformance replay reports/latest/report.json --check ${failed.id}\``);
  });
});

describe('renderHtml', () => {
  it('is self-contained: no script, no external reference', () => {
    const html = renderHtml(sampleReport());
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!glacier\.embedded\.invalid)/);
    expect(html).not.toContain('x<y>&z');
    expect(html).toContain('x&lt;y&gt;&amp;z');
  });
});

describe('mergeReports', () => {
  it('takes each check from the shard that ran it', () => {
    const left = sampleReport();
    const right = { ...left, shard: { index: 2, count: 2 }, checks: left.checks.map((check) => ({ ...check, status: 'passed' as const })) };
    const merged = mergeReports([right, { ...left, shard: { index: 1, count: 2 } }]);
    if (!merged.ok) throw new Error(merged.error);
    // A decided status beats not-run; a failure beats a pass.
    expect(merged.report.counts).toEqual({ ...left.counts, passed: left.counts.passed + left.counts['not-run'], 'not-run': 0 });
    expect(merged.report.verdict).toBe('non-conformant');
  });

  it.each([
    [[1, 2], [1, 2], 'shard 1/2 is given more than once'],
    [[1, 3], [2, 3], 'shard 3/3 missing'],
    [[1, 2], [2, 3], 'shards of different splits: 1/2, 2/3'],
  ] as const)('refuses shards %j and %j: %s', (a, b, error) => {
    const report = sampleReport();
    expect(mergeReports([{ ...report, shard: { index: a[0], count: a[1] } }, { ...report, shard: { index: b[0], count: b[1] } }])).toEqual({ ok: false, error });
  });

  it('refuses unsharded reports that ran the same family twice', () => {
    expect(mergeReports([sampleReport(), sampleReport()])).toEqual({ ok: false, error: 'family spec is in more than one report' });
  });

  it('refuses reports of different targets', () => {
    const left = sampleReport();
    expect(mergeReports([left, { ...left, target: { url: 'http://x', description: 'http://x' } }])).toMatchObject({ ok: false });
  });
});
