import { isAbsolute, join, relative } from 'node:path';
import type { CommandMain } from './commands';
import { FAMILIES } from '../checks/check-definition';
import { packageVersion } from '../core/package-root';
import { initialResults, NOT_YET_RUN } from '../engine/initial-results';
import { reasonOf, type CheckResult } from '../engine/check-result';
import { allOf } from '../engine/suite-events';
import { liveReport } from '../report/live-report';
import { reportTotals } from '../report/report-totals';
import type { ConformanceReport } from '../report/report-model';
import { exitCodeOf } from '../report/verdict';
import { renderVerdictTable } from '../report/verdict-table';
import { writeReport } from '../report/write-report';
import { conformanceRun } from '../run/conformance-run';
import { UntestableTarget } from '../run/probe-target';
import { ExitCode } from '../core/exit-code';
import { terminalText } from '../core/terminal-text';
import { prepareOutDir } from './out-dir';
import { footprintPlan } from '../run/footprint-plan';
import { createFootprint } from '../transport/footprint';
import { footprintLine } from '../report/footprint-text';
import { liveProgress, plainProgress } from './run-progress';
import { parseRunFlags, type RunSettings } from './run-flags';
import { carriedResults, decidedFamilies, openRunState, pendingLine } from '../run/resumable-run';
import { withDecidedFamilies } from '../run/run-state';
import { reconcileState } from '../run/reconcile-state';
import { openTarget } from '../transport/open-target';
import type { StateLedger } from '../run/state-ledger';
import { runHeader, untestableResults } from './run-report';

/**
 * `glacier-conformance run`: the suite against a target, with the report
 * written at the start, after every family, and once more at the end or on
 * interruption, so there is always a whole, valid report.json in --out.
 */
export const runCommand: CommandMain = async (argv) => {
  const parsed = parseRunFlags(argv, process.env, Date.now());
  // --state: the run id, seed and vault names of the run the file records; a file of another run is refused here.
  const resumable = parsed.stateFile === undefined ? undefined : openRunState(parsed.stateFile, parsed.plan, parsed.seedGiven, Date.now(), !parsed.planOnly);
  const settings: RunSettings = resumable ? { ...parsed, plan: resumable.plan } : parsed;
  const { plan, outDir } = settings;
  if (settings.planOnly) {
    process.stdout.write(footprintPlan(plan));
    if (settings.stateFile) process.stdout.write(`With --state ${settings.stateFile} (run ${plan.runId}${resumable?.resumed ? ', recorded there' : ', new'}): the prepared vaults stay between invocations, an upload or job the state records is not made again, and cleanup --state ${settings.stateFile} deletes what the run created.\n`);
    return ExitCode.Ok;
  }
  prepareOutDir('run', outDir);
  const footprint = createFootprint(plan.caps);
  const header = runHeader(settings, Date.now());
  const write = (report: ConformanceReport) => writeReport(outDir, report);
  const live = liveReport(header, initialResults(plan), write, () => footprint.summary());
  write(live.current());
  const interrupted = (signal: NodeJS.Signals) => {
    write(live.current());
    process.stderr.write(`glacier-conformance: interrupted by ${signal}; the partial report in ${outDir} marks unfinished checks not-run\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const ledger = resumable?.ledger;
  const rerunLine = (checks: readonly { readonly reason?: string | undefined }[]) => {
    const line = ledger && pendingLine(ledger.current(), settings.stateFile!, Date.now(), checks.some((check) => /first-inventory gate|initial inventory/.test(check.reason ?? '')));
    if (line) process.stdout.write(`${line}\n`);
  };
  const wall = budgetWall(plan.timeBudgetMs, () => {
    write(live.current());
    rerunLine(live.current().checks);
    process.stderr.write(`glacier-conformance: the time budget of ${plan.timeBudgetMs! / 1000} s is spent and the run had not ended ${BUDGET_GRACE_MS / 1000} s later; stopped, the report in ${outDir} marks unfinished checks not-run\n`);
    process.exit(exitCodeOf('inconclusive'));
  });
  const display = process.stdout.isTTY ? liveProgress((text) => process.stdout.write(text), plan.families, plan.numRuns, Date.now) : plainProgress((text) => process.stdout.write(text), plan.numRuns, Date.now);
  process.stdout.write(`glacier-conformance run: ${plan.target.description}${settings.fault ? ` (fault ${settings.fault})` : ''}, profile ${plan.profile.name}, seed ${plan.seed}, ${plan.numRuns} runs per family${(plan.concurrency ?? 1) > 1 ? `, ${plan.concurrency} families at once` : ''}\n`);
  try {
    if (ledger) await resume(settings, ledger, footprint, resumable.resumed);
    // A family an earlier invocation decided is not run again: its results are carried (its job outputs may have expired since).
    const decided = ledger ? decidedFamilies(ledger.current(), plan.families) : [];
    const carried = ledger ? carriedResults(ledger.current(), plan.families) : new Map<string, CheckResult>();
    if (decided.length > 0) process.stdout.write(`state: ${decided.map((entry) => `${entry.family} (invocation ${entry.invocation})`).join(', ')} passed in an earlier invocation; not run again, their results are carried into this report\n`);
    const runNow = decided.length === 0 ? plan : { ...plan, families: plan.families.filter((family) => !decided.some((entry) => entry.family === family)) };
    const shown = { onFamilyStart: display.start, onProgress: display.progress, onFamilyEnd: display.end };
    const run = await conformanceRun(runNow, { ...allOf(shown, live.events), onTargetsOpen: (status) => display.watchJobs(status), footprint, ...(ledger ? { ledger } : {}) });
    display.stop();
    const checks = run.checks.map((check) => carried.get(check.id) ?? check);
    if (ledger) ledger.update((state) => withDecidedFamilies(state, plan.families, checks, Date.now()));
    const final = live.finish(checks, reportTotals(run.totals), Date.now());
    write(final);
    process.stdout.write(`${footprintLine(final.footprint)}\n${renderVerdictTable(final, displayDir(outDir))}`);
    const code = exitCodeOf(final.verdict, plan.families.length < FAMILIES.length);
    if (ledger) {
      const replayed = ledger.replayed();
      process.stdout.write(`state: ${settings.stateFile} (run ${plan.runId}); ${replayed.uploads} uploads and ${replayed.jobs} jobs answered from it, not created again; cleanup --state ${settings.stateFile} deletes what the run created\n`);
      if (code === ExitCode.Inconclusive) rerunLine(final.checks);
    }
    return code;
  } catch (error) {
    if (!(error instanceof UntestableTarget)) throw error;
    // Nothing can be judged: every selected check is inconclusive for this one reason, told once.
    display.stop();
    write(live.finish(untestableResults(settings, error.message), { exchanges: 0, retries: 0, failures: {} }, Date.now()));
    process.stderr.write(`glacier-conformance: ${terminalText(error.message)}\n`);
    process.stdout.write(`report: ${displayDir(outDir)}/report.html\n`);
    return ExitCode.Inconclusive;
  } finally {
    display.stop();
    if (wall) clearTimeout(wall);
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
  }
};

/**
 * Before a resumed run sends anything new, what the last invocation left unsettled is settled
 * (src/run/reconcile-state.ts), through the run's footprint and ledger like every other request.
 */
async function resume(settings: RunSettings, ledger: StateLedger, footprint: ReturnType<typeof createFootprint>, resumed: boolean): Promise<void> {
  if (!resumed) {
    process.stdout.write(`state: recording run ${settings.plan.runId} in ${settings.stateFile}\n`);
    return;
  }
  const target = await openTarget(settings.plan.target, { footprint, ledger, ...(settings.plan.credentials ? { credentials: settings.plan.credentials } : {}) });
  try {
    const found = await reconcileState(ledger, target.client, Date.now);
    const lost = [
      found.lostUploads ? `${found.lostUploads} upload${found.lostUploads === 1 ? '' : 's'} whose answer was lost (recorded as possibly present; cleanup accounts for them)` : '',
      found.jobsFound + found.jobsNotFound ? `${found.jobsFound + found.jobsNotFound} job request${found.jobsFound + found.jobsNotFound === 1 ? '' : 's'} whose answer was lost (${found.jobsFound} found in ListJobs, ${found.jobsNotFound} never created)` : '',
    ].filter(Boolean);
    process.stdout.write(`state: continuing run ${settings.plan.runId} from ${settings.stateFile} (invocation ${ledger.current().invocations}); ${found.jobsChecked} recorded jobs checked${lost.length ? `; ${lost.join('; ')}` : ''}\n`);
  } finally {
    await target.close();
  }
}

/**
 * --time-budget is a wall (issue 15): requests stop at the budget and families at their share,
 * and should anything still run a few seconds later, the run stops with the report as it stands.
 */
const BUDGET_GRACE_MS = 5_000;

function budgetWall(budgetMs: number | undefined, stop: () => void): NodeJS.Timeout | undefined {
  if (budgetMs === undefined) return undefined;
  const timer = setTimeout(stop, budgetMs + BUDGET_GRACE_MS);
  timer.unref();
  return timer;
}

function displayDir(dir: string): string {
  const inside = relative(process.cwd(), dir);
  return inside.startsWith('..') || isAbsolute(inside) ? dir : inside;
}
