import { join } from 'node:path';
import type { CommandMain } from './commands';
import { mergeReports } from '../report/merge-reports';
import { readReport } from '../report/read-report';
import { exitCodeOf } from '../report/verdict';
import { renderVerdictTable } from '../report/verdict-table';
import { writeReport } from '../report/write-report';
import { TABLE } from './command-table';
import { prepareOutDir } from './out-dir';
import { parseFlags } from './parse-flags';
import { UsageError } from '../core/usage-error';

/** `glacier-conformance merge DIR... [--out DIR]`: one report (all formats) from the shards' report.json files. */
export const mergeCommand: CommandMain = async (argv) => {
  const { values, positionals } = parseFlags(TABLE.merge, argv);
  if (positionals.length === 0) throw new UsageError('merge: name at least one report folder (or report.json)');
  const reports = positionals.map((path) => readReport(path.endsWith('.json') ? path : join(path, 'report.json')));
  const merged = mergeReports(reports);
  if (!merged.ok) throw new UsageError(`merge: ${merged.error}`);
  const outDir = values.out ?? 'reports/merged';
  prepareOutDir('merge', outDir);
  writeReport(outDir, merged.report);
  process.stdout.write(renderVerdictTable(merged.report, outDir));
  return exitCodeOf(merged.report.verdict);
};
