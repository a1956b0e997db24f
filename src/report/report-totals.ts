import type { TranscriptTotals } from '../transport/transcript';
import type { ConformanceReport } from './report-model';

/** The transport's totals as the report shows them: exchanges, retries and failures by kind (kinds that occurred only). */
export function reportTotals(totals: TranscriptTotals): ConformanceReport['totals'] {
  const failures: Record<string, number> = {};
  for (const [kind, count] of Object.entries(totals.failures)) if (count !== undefined) failures[kind] = count;
  return { exchanges: totals.exchanges, retries: totals.retries, failures };
}
