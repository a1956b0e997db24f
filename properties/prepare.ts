import { CheckFailure, TargetProblem, TargetRefusal } from '../src/engine/check-failure';
import type { ExchangeRecord } from '../src/core/exchange';
import type { Recorder } from '../src/engine/recorder';
import { awaitCompletion } from './commands/describe-job';
import { InitiateArchiveJobCommand } from './commands/initiate-archive-job';
import { UploadArchiveCommand, UploadWrongHashCommand } from './commands/upload-archive';
import { InventoryWalkCommand } from './commands/inventory-walk';
import { archiveContent } from './model/archive-content';
import { ARCHIVE_FIXTURES, type FamilyFixtures } from './fixtures';
import { initiateFixtureInventories } from './first-inventory';
import type { GlacierReal } from './glacier-real';
import { emptyModel, type GlacierModel, type JobAllowance } from './model/glacier-model';
import { call } from './observe';

/** What one preparation left: the model of the fixture vault and everything every later run must see again. */
export interface Prepared {
  readonly model: GlacierModel;
  /** The preparation's exchanges: every run's setup step shows them, so a failure found there carries its evidence. */
  readonly exchanges: readonly ExchangeRecord[];
  /** Observations that found a problem, replayed into every run: an enforced one fails it at setup. */
  readonly problems: readonly { readonly checkId: CheckFailure['checkId']; readonly diagnostics: CheckFailure['diagnostics'] }[];
  readonly steps: readonly string[];
  /** Steps the target refused for a reason the rules allow (§9), each with the refusal: their checks stay undecided. */
  readonly refusals: readonly string[];
}

/**
 * The preparation stage (issue 12): uploads the fixtures, initiates every
 * fixture job at once, then polls them together, so the family waits one job
 * latency in all, and its sequences (and their shrinking) never wait again.
 * A problem found on the way is kept, not thrown, and so is a step the target
 * refused (notes.refusals says why): the stage always ends whole.
 */
export async function prepareFixtures(fixtures: FamilyFixtures, real: GlacierReal): Promise<Prepared> {
  // The fixtures are what the caps were sized for: the fresh-job allowance is the sequences'.
  const model = emptyModel({ left: Number.POSITIVE_INFINITY });
  const exchanges: ExchangeRecord[] = [];
  const problems: Prepared['problems'][number][] = [];
  const refusals: string[] = [];
  const recorder = Object.create(real.recorder) as Recorder;
  recorder.exchange = (exchange) => {
    exchanges.push(exchange);
    real.recorder.exchange(exchange);
  };
  const prepared = { ...real, recorder };
  const steps: string[] = [`CreateVault(${real.vaultName})`];
  const created = await call(prepared, real.client.createVault({ vaultName: real.vaultName }), [201]);
  if (created.status !== 201) throw new TargetProblem(`CreateVault ${real.vaultName} answered ${created.status}: no vault to prepare`);
  const step = async (command: { run(model: GlacierModel, real: GlacierReal): Promise<void>; toString(): string }) => {
    try {
      await command.run(model, prepared);
    } catch (error) {
      if (error instanceof TargetRefusal) refusals.push(`${command.toString()}: ${error.reason ?? error.message}`);
      else if (error instanceof CheckFailure) problems.push({ checkId: error.checkId, diagnostics: error.diagnostics });
      else throw error;
    } finally {
      steps.push(command.toString());
    }
  };
  const position = new Map<number, number>(); // fixture index → position in the model, for the archives the target took
  const firstUploadAt = real.scheduler.now();
  for (const index of fixtures.archives) {
    const archive = ARCHIVE_FIXTURES[index]!;
    await step(new UploadArchiveCommand(archive.size, 1000 + index, archive.description));
    if (model.archives.length > position.size) position.set(index, model.archives.length - 1);
  }
  if (fixtures.wrongHashUploads) for (const size of [1, 1024 * 1024 + 1]) await step(new UploadWrongHashCommand(size));
  let deletedArchiveId: string | undefined;
  if (fixtures.deletedArchive) {
    await step({
      run: async () => {
        const uploaded = await call(prepared, real.client.uploadArchive({ vaultName: real.vaultName, body: archiveContent(1, 3), description: 'deleted again' }), [201]);
        const archiveId = uploaded.headers['x-amz-archive-id'];
        if (uploaded.status !== 201 || !archiveId) return;
        const deleted = await call(prepared, real.client.deleteArchive({ vaultName: real.vaultName, archiveId }), [204]);
        if (deleted.status === 204) deletedArchiveId = archiveId;
      },
      toString: () => 'UploadArchive(1 byte) then DeleteArchive: an archive id the vault no longer holds',
    });
  }
  // Inventories first: a fresh vault may make them wait for its first inventory (§9.1), about a day,
  // as long as a job's output stays (§9.4): archive jobs initiated before that wait had expired by the
  // time the sequences read them (serve --realism aws --time-scale 1000), those initiated after it have not.
  await initiateFixtureInventories(fixtures.inventories, model, prepared, step, firstUploadAt);
  for (const job of fixtures.jobs) {
    const archive = position.get(job.archive);
    if (archive !== undefined) await step(new InitiateArchiveJobCommand(archive, job.shape, job.tier, job.description));
  }
  const initiated = [...model.jobs];
  // Settled at once: a walk that stops the stage must not be an unhandled rejection while the waits go on.
  const walks = (fixtures.inventoryWalks ?? []).map((walk) => step(new InventoryWalkCommand(walk.limit, walk.format)).then(() => undefined, (error: unknown) => ({ error })));
  for (const job of initiated) {
    await step({ run: async () => void (await awaitCompletion(prepared, job)), toString: () => `WaitForJob(${job.jobId.slice(0, 8)}…)` });
  }
  for (const walk of await Promise.all(walks)) if (walk) throw walk.error;
  return { model: deletedArchiveId === undefined ? model : { ...model, deletedArchiveId }, exchanges, problems, steps, refusals };
}

/** What a run's model shares with the family's other runs. */
export interface RunShare {
  readonly fresh: JobAllowance;
  readonly pauses: { left: number };
  /** How many of the registry's jobs the preparation initiated; the rest were left by earlier runs. */
  readonly preparedJobs: number;
}

/**
 * A run's own copy of the prepared model: the prepared jobs carry a status its
 * commands move forward; the jobs earlier runs left are known but not the run's;
 * the allowances are the family's, the same objects in every run.
 */
export function modelOf(prepared: Prepared, share: RunShare = { fresh: { left: 0 }, pauses: { left: 0 }, preparedJobs: prepared.model.jobs.length }): GlacierModel {
  const { model } = prepared;
  const copy = (job: GlacierModel['jobs'][number]) => ({ ...job });
  return {
    archives: [...model.archives],
    jobs: model.jobs.slice(0, share.preparedJobs).map(copy),
    leftBehind: { after: share.preparedJobs, jobs: model.jobs.slice(share.preparedJobs).map(copy) },
    inventories: new Map(),
    fresh: share.fresh,
    pauses: share.pauses,
    ...(model.deletedArchiveId === undefined ? {} : { deletedArchiveId: model.deletedArchiveId }),
  };
}
