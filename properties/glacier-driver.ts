import type { Family } from '../src/checks/check-definition';
import type { FamilyDriver } from '../src/engine/family-driver';
import type { Recorder } from '../src/engine/recorder';
import { TargetProblem } from '../src/engine/check-failure';
import { familyCommands } from './families';
import type { GlacierReal } from './glacier-real';
import { emptyModel, type GlacierModel } from './model/glacier-model';
import { FAMILY_FIXTURES, type FamilyFixtures } from './fixtures';
import { alongsideNeighbour, startNeighbour, stopNeighbour, type Neighbour } from './neighbour';
import { call } from './observe';
import { modelOf, prepareFixtures, type Prepared } from './prepare';

/** Poll intervals a prepared family's runs may pause for, in all. */
const PAUSE_INTERVALS = 6;

/** The lifecycle rules whose subject is a job that completed (§2.3, §3.3). */
const COMPLETED_JOB_CHECKS: readonly string[] = ['lifecycle.status-forward-only', 'lifecycle.completed-matches-status', 'lifecycle.completion-date'];

export type DriverOptions = Omit<GlacierReal, 'vaultName' | 'recorder' | 'notes' | 'neighbour'> & {
  /** Names the run's vaults: `<prefix>-<runId>-<family>`, and `…-<n>` per run against a stateless mock (design.md "Staging safety"). */
  readonly runId: string;
  readonly vaultPrefix?: string;
  readonly maxCommands?: number;
  readonly retries?: () => number;
  /** Unrelated jobs initiated concurrently in a vault of their own, `<vault>-neighbour` (properties/neighbour.ts). */
  readonly neighbourJobs?: boolean;
  /** run --state: a prepared vault stands across invocations (its snapshot ages, its jobs serve again) until `cleanup`. */
  readonly keepPrepared?: boolean;
};

/**
 * One family's model-based runs against a target. A target that keeps state gets
 * one prepared vault per family ({@link preparedDriver}); a stateless mock, which
 * keeps nothing to prepare, gets a vault per run, created by the run and cleaned up
 * after it (archives deleted, then the vault if the target allows it). Nothing the
 * run did not create is touched.
 */
export function glacierDriver(family: Family, options: DriverOptions): FamilyDriver<GlacierModel, GlacierReal> {
  if (!options.profile.stateless) return preparedDriver(family, FAMILY_FIXTURES[family], options);
  const notes: GlacierReal['notes'] = {};
  const models = new WeakMap<GlacierReal, GlacierModel>();
  let counter = 0;
  return {
    family,
    commands: withNeighbour(familyCommands(family, options.profile.stateless), options),
    // Most commands need an archive or a job first: with 14, paging and tree-hash faults escaped
    // the default 20 runs on 1 to 3 seeds in 10; with 20, none did in 20 (npm run mutants measures it).
    maxCommands: options.maxCommands ?? 20,
    async start(recorder: Recorder) {
      counter += 1;
      const vaultName = `${options.vaultPrefix ?? 'glacier-conformance'}-${options.runId}-${family}-${counter}`;
      const neighbour = options.neighbourJobs ? await startNeighbour(options.client, `${vaultName}-neighbour`) : undefined;
      const real: GlacierReal = { ...options, vaultName, recorder, notes, ...(neighbour ? { neighbour } : {}) };
      const created = await call(real, options.client.createVault({ vaultName }), [201]);
      if (created.status !== 201) throw new TargetProblem(`CreateVault ${vaultName} answered ${created.status}: no vault to run in`);
      const model = emptyModel();
      models.set(real, model);
      return { model, real };
    },
    async finish(real: GlacierReal) {
      for (const archive of models.get(real)?.archives ?? []) {
        await options.client.deleteArchive({ vaultName: real.vaultName, archiveId: archive.archiveId });
      }
      // Glacier keeps a vault that held archives until its next inventory (§2.5): a refusal here is expected.
      await options.client.deleteVault({ vaultName: real.vaultName });
      if (real.neighbour) await stopNeighbour(options.client, real.neighbour);
    },
    ...reasons(notes, options),
    retries: () => options.retries?.() ?? 0,
    notes: () => runNotes(notes),
  };
}

/** With --neighbour-jobs, every command runs alongside a job the neighbour initiates in its own vault. */
function withNeighbour(commands: ReturnType<typeof familyCommands>, options: DriverOptions): ReturnType<typeof familyCommands> {
  return options.neighbourJobs ? commands.map((arbitrary) => arbitrary.map(alongsideNeighbour)) : commands;
}

/** Why checks were undecided, unseen or vacuous: what the family's runs noted, the same for both kinds of driver. */
function reasons(notes: GlacierReal['notes'], options: DriverOptions): Pick<FamilyDriver<GlacierModel, GlacierReal>, 'undecidedReason' | 'vacuousReason' | 'unseenSubjectReason'> {
  return {
    // Rules about completed jobs hold vacuously when every job stayed InProgress: never read that as conformance.
    unseenSubjectReason: (checkId) =>
      COMPLETED_JOB_CHECKS.includes(checkId) && notes.timedOut && !notes.sawCompleted
        ? `no job completed within the job timeout (${Math.round(options.jobTimeoutMs / 1000)} s), so this rule about completed jobs was only seen holding for InProgress ones; raise --job-timeout`
        : undefined,
    undecidedReason: () => undecidedReason(notes),
    // A target whose jobs complete before their first DescribeJob leaves no moment to ask for output early (§4).
    vacuousReason: (checkId) =>
      checkId === 'lifecycle.output-refused-before-completion' && !notes.sawInProgress
        ? 'no job was ever seen InProgress: every job had completed by its first DescribeJob, so none could be asked for output early'
        : undefined,
  };
}

/**
 * A family over one prepared vault (properties/fixtures.ts): prepared once by the
 * first run's setup (properties/prepare.ts) and shared by every run, shrinking and
 * top-up. Each run starts from a copy of the vault's registry: every job known to
 * exist there, the prepared ones and those earlier runs initiated (a walk must
 * expect them all), with the last status seen of each; what a run initiates joins
 * the registry when it finishes. Runs never wait for a job; the few that initiate
 * one draw on the family's allowance (fixtures' freshJobs), so the family's
 * footprint is bounded whatever the seed, the failures and the shrinking. A replay
 * prepares the same vault again. Problems the preparation found fail every run at
 * its setup, with the preparation's exchanges as evidence.
 */
function preparedDriver(family: Family, fixtures: FamilyFixtures, options: DriverOptions): FamilyDriver<GlacierModel, GlacierReal> {
  const notes: GlacierReal['notes'] = {};
  const vaultName = `${options.vaultPrefix ?? 'glacier-conformance'}-${options.runId}-${family}`;
  const fresh = { left: fixtures.freshJobs ?? 0 };
  // A few seconds of pauses in all (real time against a URL): enough for a status that changes after completing.
  const pauses = { left: PAUSE_INTERVALS };
  const models = new WeakMap<GlacierReal, GlacierModel>();
  let prepared: Prepared | undefined;
  // Prepared once: a preparation that could not finish (the target gone) is not tried again by the next run.
  let preparing: Promise<Prepared> | undefined;
  let preparedJobs = 0;
  let neighbour: Neighbour | undefined;
  return {
    family,
    commands: withNeighbour(familyCommands(family), options),
    // Reads of prepared jobs are independent of each other: a short sequence shows any of them.
    maxCommands: options.maxCommands ?? 8,
    setupStep: `setup: the prepared vault ${vaultName}`,
    async start(recorder: Recorder) {
      if (options.neighbourJobs && !neighbour) neighbour = await startNeighbour(options.client, `${vaultName}-neighbour`);
      const real: GlacierReal = { ...options, vaultName, recorder, notes, ...(neighbour ? { neighbour } : {}) };
      if (prepared) for (const exchange of prepared.exchanges) recorder.exchange(exchange);
      else {
        prepared = await (preparing ??= prepareFixtures(fixtures, real));
        preparedJobs = prepared.model.jobs.length;
      }
      for (const problem of prepared.problems) recorder.recall(problem.checkId, problem.diagnostics);
      const model = modelOf(prepared, { fresh, pauses, preparedJobs });
      models.set(real, model);
      return { model, real };
    },
    async finish(real: GlacierReal) {
      const model = models.get(real);
      if (prepared && model) remember(prepared.model, model);
    },
    async dispose() {
      if (options.keepPrepared) return;
      for (const archive of prepared?.model.archives ?? []) await options.client.deleteArchive({ vaultName, archiveId: archive.archiveId });
      if (prepared) await options.client.deleteVault({ vaultName });
      if (neighbour) await stopNeighbour(options.client, neighbour);
    },
    ...reasons(notes, options),
    retries: () => options.retries?.() ?? 0,
    notes: () => runNotes(notes),
  };
}

/** Why a family's undecided checks are undecided: a job that did not complete, the refusals the target made. */
const undecidedReason = (notes: GlacierReal['notes']) =>
  [notes.undecided, ...(notes.refusals ?? []).map((refusal) => `the target refused: ${refusal}`)].filter(Boolean).join('; ') || undefined;

/** What the family's runs worked around: Expedited jobs the target had no capacity for, initiated as Standard (§9.5). */
const runNotes = (notes: GlacierReal['notes']): string[] =>
  notes.tierFallbacks
    ? [`${notes.tierFallbacks} Expedited job${notes.tierFallbacks === 1 ? ' was' : 's were'} refused for lack of capacity (InsufficientCapacityException, §9.5) and initiated again as Standard`]
    : [];
/** Adds the jobs a run initiated to the vault's registry (in initiation order) and the statuses it saw. */
function remember(registry: GlacierModel, run: GlacierModel): void {
  const known = new Map(registry.jobs.map((job) => [job.jobId, job]));
  for (const job of run.jobs) {
    const entry = known.get(job.jobId);
    if (!entry) registry.jobs.push({ ...job });
    else if (entry.status === 'InProgress') {
      entry.status = job.status;
      entry.timedOut = entry.timedOut || job.timedOut;
    }
  }
}
