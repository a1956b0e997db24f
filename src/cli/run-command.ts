import { isAbsolute, join, relative } from 'node:path';
import type { CommandMain } from './commands';
import { CATALOG } from '../checks/catalog';
import { packageVersion } from '../core/package-root';
import type { CheckResult } from '../engine/check-result';
import { notApplicableReason } from '../profile/check-applicability';
import { buildReport } from '../report/build-report';
import type { ConformanceReport } from '../report/report-model';
import { exitCodeOf } from '../report/verdict';
import { renderVerdictTable } from '../report/verdict-table';
import { writeReport } from '../report/write-report';
import { conformanceRun } from '../run/conformance-run';
import { liveProgress, plainProgress } from './run-progress';
import { parseRunFlags, type RunSettings } from './run-flags';

/**
 * `glacier-conformance run`: the suite against a target, with the report
 * written at the start, after every family, and once more at the end or on
 * interruption, so there is always a whole, valid report.json in --out.
 */
export const runCommand: CommandMain = async (argv) => {
  const settings = parseRunFlags(argv, process.env, Date.now());
  const { plan, outDir } = settings;
  const startedAt = Date.now();
  const results = new Map<string, CheckResult>(initialResults(settings).map((result) => [result.id, result]));
  const report = (finishedAt?: number): ConformanceReport =>
    buildReport({
      version: packageVersion(),
      target: { url: plan.target.url ?? null, description: plan.target.description, ...(settings.fault ? { fault: settings.fault } : {}) },
      profile: plan.profile,
      seed: plan.seed,
      runs: plan.numRuns,
      families: plan.families,
      ...(settings.shard ? { shard: settings.shard } : {}),
      startedAt,
      ...(finishedAt !== undefined ? { finishedAt } : {}),
      results: [...results.values()],
      totals: { exchanges: 0, retries: 0, failures: {} },
      replayCommand: (id) => `glacier-conformance replay ${join(outDir, 'report.json')} --check ${id}`,
    });
  writeReport(outDir, report());
  const interrupted = (signal: NodeJS.Signals) => {
    writeReport(outDir, report());
    process.stderr.write(`glacier-conformance: interrupted by ${signal}; the partial report in ${outDir} marks unfinished checks not-run\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const display = process.stdout.isTTY ? liveProgress((text) => process.stdout.write(text), plan.families, Date.now) : plainProgress((text) => process.stdout.write(text));
  process.stdout.write(`glacier-conformance run: ${plan.target.description}${settings.fault ? ` (fault ${settings.fault})` : ''}, profile ${plan.profile.name}, seed ${plan.seed}, ${plan.numRuns} runs per family\n`);
  try {
    const run = await conformanceRun(plan, {
      onFamilyStart: (family) => display.start(family),
      onProgress: (progress) => display.progress(progress),
      onFamilyEnd: (family) => {
        display.end(family);
        for (const check of family.checks) results.set(check.id, check);
        writeReport(outDir, report());
      },
    });
    for (const check of run.checks) results.set(check.id, check);
    display.stop();
    const final = { ...report(Date.now()), totals: { exchanges: run.totals.exchanges, retries: run.totals.retries, failures: run.totals.failures as Record<string, number> } };
    writeReport(outDir, final);
    process.stdout.write(renderVerdictTable(final, displayDir(outDir)));
    return exitCodeOf(final.verdict);
  } finally {
    display.stop();
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
  }
};

/** Before anything ran: unselected checks are not-run for good, the rest not-run until their family finishes. */
function initialResults({ plan }: RunSettings): CheckResult[] {
  return CATALOG.map((check) => {
    if (!plan.families.includes(check.family)) return { id: check.id, status: 'not-run', observations: 0, reason: plan.notSelectedReason };
    const inapplicable = notApplicableReason(check, plan.profile);
    if (inapplicable !== undefined) return { id: check.id, status: 'not-run', observations: 0, reason: inapplicable };
    return { id: check.id, status: 'not-run', observations: 0, reason: 'the run ended before this check ran' };
  });
}

function displayDir(dir: string): string {
  const inside = relative(process.cwd(), dir);
  return inside.startsWith('..') || isAbsolute(inside) ? dir : inside;
}
