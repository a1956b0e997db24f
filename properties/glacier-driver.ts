import type { Family } from '../src/checks/check-definition';
import type { FamilyDriver } from '../src/engine/family-driver';
import type { Recorder } from '../src/engine/recorder';
import { TargetProblem } from '../src/engine/check-failure';
import { familyCommands } from './families';
import type { GlacierReal } from './glacier-real';
import { emptyModel, type GlacierModel } from './model/glacier-model';
import { FAMILY_FIXTURES, type FamilyFixtures } from './fixtures';
import { alongsideNeighbour, startNeighbour, stopNeighbour } from './neighbour';
import { call } from './observe';
import { modelOf, prepareFixtures, type Prepared } from './prepare';

/** The lifecycle rules whose subject is a job that completed (§2.3, §3.3). */
const COMPLETED_JOB_CHECKS: readonly string[] = ['lifecycle.status-forward-only', 'lifecycle.completed-matches-status', 'lifecycle.completion-date'];

export type DriverOptions = Omit<GlacierReal, 'vaultName' | 'recorder' | 'notes' | 'neighbour'> & {
  /** Names the run's vaults: `<prefix>-<runId>-<family>-<n>` (design.md "Staging safety"). */
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
 * One family's model-based runs against a target: every run gets a vault of
 * its own, created by the run and cleaned up after it (archives deleted, then
 * the vault if the target allows it). Nothing the run did not create is touched.
 */
export function glacierDriver(family: Family, options: DriverOptions): FamilyDriver<GlacierModel, GlacierReal> {
  const fixtures = FAMILY_FIXTURES[family];
  if (fixtures && !options.profile.stateless) return preparedDriver(family, fixtures, options);
  const notes: GlacierReal['notes'] = {};
  const models = new WeakMap<GlacierReal, GlacierModel>();
  let counter = 0;
  return {
    family,
    commands: options.neighbourJobs ? familyCommands(family, options.profile.stateless).map((arbitrary) => arbitrary.map(alongsideNeighbour)) : familyCommands(family, options.profile.stateless),
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
    // Rules about completed jobs hold vacuously when every job stayed InProgress: never read that as conformance.
    unseenSubjectReason: (checkId) =>
      COMPLETED_JOB_CHECKS.includes(checkId) && notes.timedOut && !notes.sawCompleted
        ? `no job completed within the job timeout (${Math.round(options.jobTimeoutMs / 1000)} s), so this rule about completed jobs was only seen holding for InProgress ones; raise --job-timeout`
        : undefined,
    undecidedReason: () => [notes.undecided, ...(notes.refusals ?? []).map((refusal) => `the target refused: ${refusal}`)].filter(Boolean).join('; ') || undefined,
    // A target whose jobs complete before their first DescribeJob leaves no moment to ask for output early (§4).
    vacuousReason: (checkId) =>
      checkId === 'lifecycle.output-refused-before-completion' && !notes.sawInProgress
        ? 'no job was ever seen InProgress: every job had completed by its first DescribeJob, so none could be asked for output early'
        : undefined,
    retries: () => options.retries?.() ?? 0,
  };
}

/**
 * A family whose sequences only read (properties/fixtures.ts): one vault for the
 * family, prepared once by the first run's setup (properties/prepare.ts) and
 * shared by every run, shrinking and top-up; each run starts from a copy of the
 * prepared model, so a run never waits for a job and a replay prepares the same
 * vault again. Problems the preparation found fail every run at its setup, with
 * the preparation's exchanges as evidence.
 */
function preparedDriver(family: Family, fixtures: FamilyFixtures, options: DriverOptions): FamilyDriver<GlacierModel, GlacierReal> {
  const notes: GlacierReal['notes'] = {};
  const vaultName = `${options.vaultPrefix ?? 'glacier-conformance'}-${options.runId}-${family}`;
  let prepared: Prepared | undefined;
  return {
    family,
    commands: options.neighbourJobs ? familyCommands(family).map((arbitrary) => arbitrary.map(alongsideNeighbour)) : familyCommands(family),
    // Reads of prepared jobs are independent of each other: a short sequence shows any of them.
    maxCommands: options.maxCommands ?? 8,
    setupStep: `setup: the prepared vault ${vaultName}`,
    async start(recorder: Recorder) {
      const real: GlacierReal = { ...options, vaultName, recorder, notes };
      if (prepared) for (const exchange of prepared.exchanges) recorder.exchange(exchange);
      else prepared = await prepareFixtures(fixtures, real);
      for (const problem of prepared.problems) recorder.recall(problem.checkId, problem.diagnostics);
      return { model: modelOf(prepared), real };
    },
    finish: async () => undefined,
    async dispose() {
      if (options.keepPrepared) return;
      for (const archive of prepared?.model.archives ?? []) await options.client.deleteArchive({ vaultName, archiveId: archive.archiveId });
      if (prepared) await options.client.deleteVault({ vaultName });
    },
    undecidedReason: () => notes.undecided,
    retries: () => options.retries?.() ?? 0,
  };
}
