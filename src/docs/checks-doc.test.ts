import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../checks/catalog';
import { runCli } from '../testing/cli-process';
import { packageRoot } from '../core/package-root';
import { CITED_SECTIONS } from './cited-sections';
import { renderChecksDoc } from './render-checks-doc';
import { sectionSources } from './section-sources';

const API_DOC = join(packageRoot(), '..', 'shared', 'docs', 'glacier-jobs-api.md');

describe('docs/checks.md', () => {
  it('is what the catalog generates (docs --check exits 0), and a stale copy exits 1', () => {
    expect(runCli(['docs', '--check'])).toMatchObject({ status: 0 });
    const stale = join(packageRoot(), 'reports', 'checks-stale.md');
    runCli(['docs', '--out', stale]);
    const edited = readFileSync(stale, 'utf8').replace('**Rule.**', '**Rules.**');
    writeFileSync(stale, edited);
    const result = runCli(['docs', '--check', '--out', stale]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/is stale from line \d+/);
  });

  it('has an entry per check with at least one public AWS documentation link', () => {
    const text = renderChecksDoc(CATALOG, CITED_SECTIONS);
    for (const check of CATALOG) {
      const entry = text.split(`<a id="${check.id}"></a>`)[1]!.split('<a id=')[0]!;
      expect(entry).toContain(check.title);
      expect(entry).toContain(`**Why.** ${check.why}`);
      expect(entry).toMatch(/\(https:\/\/docs\.aws\.amazon\.com\/amazonglacier\/latest\/dev\/[a-z0-9-]+\.html\)/);
    }
  });

  it('tells each check\'s own why, not one sentence per severity', () => {
    const whys = CATALOG.map((check) => check.why);
    expect(new Set(whys).size).toBe(CATALOG.length);
    for (const why of whys) expect(why).toMatch(/^\S.{40,}\.$/s);
    const text = renderChecksDoc(CATALOG, CITED_SECTIONS);
    const walk = text.split('<a id="list-jobs.walk-visits-every-job-once"></a>')[1]!.split('<a id=')[0]!;
    expect(walk).toContain('**Why.** A client that pages with Marker — every SDK paginator and every vault-migration tool — silently misses or retrieves twice the jobs a skipped or repeated page hides. Severity: critical.');
  });

  it.runIf(existsSync(API_DOC))('keeps the cited sections as glacier-jobs-api.md has them', () => {
    const fromDoc = sectionSources(readFileSync(API_DOC, 'utf8'));
    for (const [id, section] of Object.entries(CITED_SECTIONS)) expect(fromDoc[id], id).toEqual(section);
  });
});
