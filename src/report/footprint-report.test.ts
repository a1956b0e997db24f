import { describe, expect, it } from 'vitest';
import { createFootprint } from '../transport/footprint';
import { footprintLine } from './footprint-text';
import { mergeReports } from './merge-reports';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { sampleReport } from '../testing/report-fixture';

describe('the footprint in the report', () => {
  it('summary.md tells vaults, uploads, jobs by type and tier, bytes, requests and each vault left behind with why', () => {
    const markdown = renderMarkdown(sampleReport());
    const section = markdown.slice(markdown.indexOf('**Footprint**'));
    expect(section).toMatch(/- Vaults created: 2 \(1 deleted, 1 left behind\), cap 9/);
    expect(section).toMatch(/- Archives uploaded: 3 \(3\.0 MiB\), cap 40/);
    expect(section).toMatch(/- Jobs initiated: 4: archive.{1,2}retrieval 3.*inventory.{1,2}retrieval 1.*Expedited 2.*cap 120/);
    expect(section).toMatch(/- Bytes retrieved: 2\.0 MiB, cap 256\.0 MiB/);
    expect(section).toMatch(/- `gc-run-spec-2`: DeleteVault answered \\<InvalidParameterValueException\\>/);
  });

  it('report.html has the same, escaped', () => {
    const html = renderHtml(sampleReport());
    expect(html).toContain('<table id="footprint">');
    expect(html).toContain('data-left-behind="1"');
    expect(html).toContain('<code>gc-run-spec-2</code>: DeleteVault answered &lt;InvalidParameterValueException&gt; &amp; more');
    expect(html).not.toContain('<InvalidParameterValueException>');
  });

  it('run ends with one line of it, used/cap, and the cap that stopped generation', () => {
    const footprint = createFootprint({ vaults: 1 });
    footprint.admit({ operation: 'CreateVault', request: { method: 'PUT', url: 'http://x/-/vaults/a', headers: {} }, body: { kind: 'none' }, mode: 'empty' });
    footprint.admit({ operation: 'CreateVault', request: { method: 'PUT', url: 'http://x/-/vaults/b', headers: {} }, body: { kind: 'none' }, mode: 'empty' });
    expect(footprintLine(footprint.summary())).toMatch(/^footprint: vaults 0\/1 created .*\n  generation stopped: footprint cap reached: 1 CreateVault requests the target did not refuse \(--max-vaults\)/);
  });

  it('merging shards adds their footprints up', () => {
    // Two shards of one split, each running its own family (merge refuses a repeated or missing shard).
    const first = { ...sampleReport(), shard: { index: 1, count: 2 } };
    const second = { ...sampleReport(), families: ['errors' as const], shard: { index: 2, count: 2 }, footprint: { ...first.footprint, vaults: { created: ['other'], deleted: ['other'], leftBehind: [] }, capReached: 'footprint cap reached: 40 UploadArchive requests (--max-uploads)' } };
    const merged = mergeReports([first, second]);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.report.footprint.vaults.created).toEqual(['gc-run-spec-1', 'gc-run-spec-2', 'other']);
    expect(merged.report.footprint.vaults.leftBehind).toHaveLength(1);
    expect(merged.report.footprint.requests['InitiateJob']).toBe(8);
    expect(merged.report.footprint.jobs.byTier).toEqual({ Expedited: 4, none: 2 });
    expect(merged.report.footprint.caps.vaults).toBe(18);
    expect(merged.report.footprint.capReached).toMatch(/--max-uploads/);
  });
});
