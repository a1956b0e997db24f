import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from './render-html';
import { sampleReport } from '../testing/report-fixture';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.log(`report.html browser test skipped: ${CHROMIUM} is absent (Debian package chromium; .ci/run installs it)`);

const scratch = mkdtempSync(join(tmpdir(), 'gc-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The DOM as headless Chromium rendered it: no network, a throwaway profile. */
function renderedDom(file: string): string {
  return execFileSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(scratch, 'profile')}`, '--dump-dom', `file://${file}`],
    { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] },
  );
}

describe.skipIf(!available)('report.html in headless Chromium', () => {
  it('shows the verdict, a row per check with its status, and each failure with its replay command', () => {
    const report = sampleReport();
    const file = join(scratch, 'report.html');
    writeFileSync(file, renderHtml(report));
    const dom = renderedDom(file);
    expect(dom).toMatch(new RegExp(`id="verdict"[^>]*data-verdict="${report.verdict}"`));
    const rows = [...dom.matchAll(/<tr class="check" data-id="([^"]+)" data-status="([^"]+)"/g)].map((match) => [match[1], match[2]]);
    expect(rows).toEqual(report.checks.map((check) => [check.id, check.status]));
    for (const check of report.checks.filter((candidate) => candidate.failure)) {
      expect(dom).toContain(`id="failure-${check.id}"`);
      expect(dom).toContain(`glacier-conformance replay reports/latest/report.json --check ${check.id}`);
    }
  }, 90_000);
});
