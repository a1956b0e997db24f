import { manualClock, systemClock } from '../core/clock';
import type { Family } from '../checks/check-definition';
import type { ResponseValidator, Scheduler } from '../engine/ports';
import { runSuite, type SuiteResult } from '../engine/run-suite';
import type { SuiteEvents } from '../engine/suite-events';
import { createReference } from '../reference/reference-service';
import { referenceHandlers } from '../reference/msw-handlers';
import { createResponseValidator, loadModel } from '../model/index';
import { EMBEDDED_BASE_URL, openTarget, type OpenedTarget } from '../transport/open-target';
import { createFootprint, type Footprint, type FootprintSummary } from '../transport/footprint';
import type { ExchangeLedger } from '../transport/exchange-ledger';
import type { TranscriptTotals } from '../transport/transcript';
import { isPrepared } from '../../properties/fixtures';
import { glacierDriver } from '../../properties/glacier-driver';
import { pendingJobs } from './pending-jobs';
import { probeTarget, UntestableTarget } from './probe-target';
import { RUN_DEFAULTS, type RunPlan } from './run-plan';

/**
 * The suite's events, once the targets are open how many initiated jobs have not been seen completed (for
 * progress lines), and where the run's footprint is counted (the caller reads it for partial reports; one
 * from plan.caps if absent).
 */
export interface RunEvents extends SuiteEvents {
  readonly onTargetsOpen?: (status: { pendingJobs(): number }) => void;
  readonly footprint?: Footprint;
  /**
   * run --state: records what the run creates and answers from the record what an earlier
   * invocation created; the prepared vaults then stand until `cleanup` (a URL target only).
   */
  readonly ledger?: ExchangeLedger;
}

export interface ConformanceRun extends SuiteResult {
  readonly target: string;
  readonly totals: TranscriptTotals;
  readonly footprint: FootprintSummary;
}

function modelValidator(): ResponseValidator {
  const validate = createResponseValidator(loadModel());
  return (operation, response) => validate(operation, response.status, response.headers, response.json ?? response.text ?? '');
}

/**
 * Wires one run: the target (a URL, or a fresh embedded reference per family
 * on a virtual clock, so memory stays bounded and jobs complete in no real
 * time), the model-based drivers of properties/, and the suite runner.
 */
export async function conformanceRun(plan: RunPlan, events: RunEvents = {}): Promise<ConformanceRun> {
  const validate = modelValidator();
  const opened: OpenedTarget[] = [];
  // One count for the whole run, across every target opened (the embedded reference opens one per family).
  const footprint = events.footprint ?? createFootprint(plan.caps);
  const open = async (family: Family) => {
    if (plan.target.url !== undefined) {
      opened[0] ??= await openTarget(plan.target, { footprint, ...(plan.credentials ? { credentials: plan.credentials } : {}), ...(events.ledger ? { ledger: events.ledger } : {}) });
      return { target: opened[0], scheduler: realScheduler };
    }
    const clock = manualClock(Date.UTC(2026, 0, 1));
    const reference = createReference({
      clock,
      config: { jobDelayMs: plan.embedded?.jobDelayMs ?? RUN_DEFAULTS.embeddedJobDelayMs, jobDelayJitterMs: plan.embedded?.jobDelayJitterMs ?? 0, listJobsMaxLimit: plan.profile.listJobsLimit.max, listJobsDefaultLimit: plan.profile.listJobsLimit.default, idSeed: `${plan.runId}-${family}` },
      ...(plan.embedded?.rules ? { rules: plan.embedded.rules } : {}),
      ...(plan.embedded?.realism ? { realism: plan.embedded.realism } : {}),
    });
    // A realistic reference throttles on its virtual clock: the retries' backoff must move that clock, or no token ever comes back.
    const virtualSleep = plan.embedded?.realism && plan.target.rate === undefined ? { sleep: async (ms: number) => clock.advance(ms) } : {};
    const target = await openTarget(plan.target, { footprint, embeddedHandlers: referenceHandlers(reference, EMBEDDED_BASE_URL), ...virtualSleep });
    opened.push(target);
    return { target, scheduler: { now: () => clock.now(), sleep: async (ms: number) => clock.advance(ms) } };
  };
  const drivers = new Map<Family, Awaited<ReturnType<typeof open>>>();
  for (const family of plan.families) drivers.set(family, await open(family));
  events.onTargetsOpen?.({ pendingJobs: () => opened.reduce((sum, target) => sum + pendingJobs(target.transcript.entries()), 0) });
  try {
    // One request first: a target that is down or is not Glacier gets one clear answer, not a failure per check.
    if (plan.target.url !== undefined && plan.families.length > 0) {
      const probe = await probeTarget(drivers.get(plan.families[0]!)!.target.client, plan.runId);
      if (!probe.ok) throw new UntestableTarget(probe.kind, plan.target.description, probe.message);
    }
    const suite = await runSuite({
      families: plan.families,
      // Against a URL the prepared families go first: the caps can never be spent before they got their share.
      ...(plan.target.url === undefined ? {} : { runFirst: isPrepared }),
      notSelectedReason: plan.notSelectedReason,
      profile: plan.profile,
      numRuns: plan.numRuns,
      seed: plan.seed,
      ...(plan.timeBudgetMs !== undefined ? { timeBudgetMs: plan.timeBudgetMs } : {}),
      now: () => systemClock.now(),
      ...(plan.replay ? { replay: plan.replay } : {}),
      ...(events.onFamilyStart ? { onFamilyStart: events.onFamilyStart } : {}),
      ...(events.onFamilyEnd ? { onFamilyEnd: events.onFamilyEnd } : {}),
      ...(events.onProgress ? { onProgress: events.onProgress } : {}),
      concurrency: plan.concurrency ?? RUN_DEFAULTS.concurrency,
      driverFor: (family) => {
        const wired = drivers.get(family);
        if (!wired) throw new Error(`conformanceRun: family ${family} was not opened`);
        const { target, scheduler } = wired;
        return glacierDriver(family, {
          client: target.client,
          validate,
          profile: plan.profile,
          scheduler,
          jobTimeoutMs: plan.jobTimeoutMs,
          pollIntervalMs: RUN_DEFAULTS.pollIntervalMs,
          // The embedded reference runs on the scheduler's clock; a URL's clock may be off by a few minutes.
          clockSkewMs: plan.target.url === undefined ? 0 : TARGET_CLOCK_SKEW_MS,
          runId: plan.runId,
          neighbourJobs: plan.neighbourJobs ?? false,
          ...(events.ledger && plan.target.url !== undefined ? { keepPrepared: true } : {}),
          retries: () => target.transcript.totals().retries,
        });
      },
    });
    return { ...suite, target: plan.target.description, totals: sumTotals(opened), footprint: footprint.summary() };
  } finally {
    await Promise.all(opened.map((target) => target.close()));
  }
}

/** How far a target's clock may be from this machine's when an inventory's InventoryDate is judged (§9.2). */
const TARGET_CLOCK_SKEW_MS = 5 * 60 * 1000;

const realScheduler: Scheduler = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The totals of every target opened in the run, added up (failures by kind too). */
function sumTotals(opened: readonly OpenedTarget[]): TranscriptTotals {
  const failures: Partial<Record<string, number>> = {};
  const sum = { exchanges: 0, retries: 0, bytesSent: 0, bytesReceived: 0, dropped: 0 };
  for (const target of opened) {
    const totals = target.transcript.totals();
    sum.exchanges += totals.exchanges;
    sum.retries += totals.retries;
    sum.bytesSent += totals.bytesSent;
    sum.bytesReceived += totals.bytesReceived;
    sum.dropped += totals.dropped;
    for (const [kind, count] of Object.entries(totals.failures)) failures[kind] = (failures[kind] ?? 0) + (count ?? 0);
  }
  return { ...sum, failures };
}
