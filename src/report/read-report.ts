import { readFileSync } from 'node:fs';
import { UsageError } from '../core/usage-error';
import type { ConformanceReport } from './report-model';

/**
 * Reads a report.json written by `run` or `merge`. A missing, unreadable or
 * foreign file is a one-line UsageError naming it.
 */
export function readReport(path: string): ConformanceReport {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let report: ConformanceReport;
  try {
    report = JSON.parse(text) as ConformanceReport;
  } catch {
    throw new UsageError(`${path}: not JSON`);
  }
  if (report?.tool?.name !== 'glacier-conformance' || !Array.isArray(report.checks)) {
    throw new UsageError(`${path}: not a glacier-conformance report.json`);
  }
  return report;
}
