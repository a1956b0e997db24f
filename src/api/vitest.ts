import { beforeAll, describe, it } from 'vitest';
import { CATALOG } from '../checks/catalog';
import { FAMILIES, type Family } from '../checks/check-definition';
import type { ConformanceReport, ReportCheck } from '../report/report-model';
import { diagnosticLine } from '../report/diagnostic-line';
import { runConformance, type ConformanceOptions } from './run-conformance';

export interface ConformanceTestOptions extends Omit<ConformanceOptions, 'families' | 'shard' | 'onFamilyEnd'> {
  /** The families to register (default all); one file per family lets `vitest --shard` spread them. */
  readonly families?: readonly Family[];
  /** Per-family time limit for vitest, in ms (default: the time budget, or 30 minutes). */
  readonly timeoutMs?: number;
}

/** A failed check as a vitest failure: the diagnostic on the first line, then the minimal sequence and the replay command. */
function failureMessage(check: ReportCheck): string {
  const failure = check.failure!;
  return [
    `${check.id}: ${diagnosticLine(failure.diagnostics[0])}`,
    ...failure.diagnostics.slice(1).map((diagnostic) => diagnosticLine(diagnostic)),
    'Minimal sequence:',
    ...failure.commands.map((command, index) => `  ${index + 1}. ${command}`),
    `Seed ${failure.seed}, path ${failure.path}`,
  ].join('\n');
}

/**
 * Registers one vitest test per check of the catalog, grouped by family, in
 * the calling test file. Each family runs once (in a beforeAll, only when one
 * of its tests is selected, so `-t` filters work) and its checks report as
 * passed, failed (with the diagnostic and the minimal sequence) or skipped
 * (not run or inconclusive, with the reason in the test's note). Vitest's own
 * reporters, `--reporter=junit` and `--shard` (per file) then show our checks.
 *
 * @example
 * // conformance.test.ts
 * import { conformanceTests } from 'glacier-conformance/vitest';
 * conformanceTests({ target: process.env.GLACIER_URL, unsigned: true, profile: 'reference' });
 */
export function conformanceTests(options: ConformanceTestOptions = {}): void {
  const families = options.families ?? FAMILIES;
  const timeout = options.timeoutMs ?? (options.timeBudgetSeconds !== undefined ? options.timeBudgetSeconds * 1000 + 60_000 : 30 * 60_000);
  for (const family of families) {
    describe(`glacier-conformance ${family}`, () => {
      let report: ConformanceReport | undefined;
      beforeAll(async () => {
        report = await runConformance({ ...options, families: [family] });
      }, timeout);
      for (const definition of CATALOG.filter((check) => check.family === family)) {
        it(`${definition.id}: ${definition.title}`, (context) => {
          const check = report?.checks.find((candidate) => candidate.id === definition.id);
          if (!check) throw new Error(`${definition.id}: the family did not run`);
          if (check.status === 'failed') throw new Error(failureMessage(check));
          if (check.status === 'not-run' || check.status === 'inconclusive') context.skip(`${check.status}: ${check.reason ?? ''}`);
        });
      }
    });
  }
}
