import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../checks/catalog';
import { CITED_SECTIONS } from '../docs/cited-sections';
import { renderChecksDoc } from '../docs/render-checks-doc';
import { renderHtml } from './render-html';
import { renderJunit } from './render-junit';
import { renderMarkdown } from './render-markdown';
import type { ConformanceReport } from './report-model';

export const REPORT_FILES = ['report.json', 'report.html', 'summary.md', 'junit.xml', 'checks.md'] as const;

/**
 * Writes all four formats into `dir`, with checks.md (docs/checks.md) that they link to. Each file is written to a temporary
 * name and renamed over the old one, so a reader (or a run killed midway)
 * only ever sees a whole report, never half a file. Synchronous on purpose:
 * it also runs from signal handlers, where nothing may wait on the event loop.
 */
export function writeReport(dir: string, report: ConformanceReport): void {
  mkdirSync(dir, { recursive: true });
  const contents: Record<(typeof REPORT_FILES)[number], string> = {
    'report.json': `${JSON.stringify(report, null, 2)}\n`,
    'report.html': renderHtml(report),
    'summary.md': renderMarkdown(report),
    'junit.xml': renderJunit(report),
    // The checks' documentation travels with the report, so its links work wherever the folder goes.
    'checks.md': renderChecksDoc(CATALOG, CITED_SECTIONS),
  };
  for (const name of REPORT_FILES) {
    const path = join(dir, name);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, contents[name]);
    renameSync(temporary, path);
  }
}
