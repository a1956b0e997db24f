import { CheckFailure, TargetProblem, TargetRefusal } from '../src/engine/check-failure';
import type { ExchangeRecord } from '../src/core/exchange';
import type { Recorder } from '../src/engine/recorder';
import { awaitCompletion } from './commands/describe-job';
import { InitiateArchiveJobCommand } from './commands/initiate-archive-job';
import { UploadArchiveCommand, UploadWrongHashCommand } from './commands/upload-archive';
import { ARCHIVE_FIXTURES, type FamilyFixtures } from './fixtures';
import { initiateFixtureInventories } from './first-inventory';
import type { GlacierReal } from './glacier-real';
import { emptyModel, type GlacierModel } from './model/glacier-model';
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
  const model = emptyModel();
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
  // Inventories first: a fresh vault may make them wait for its first inventory (§9.1), about a day,
  // as long as a job's output stays (§9.4): archive jobs initiated before that wait had expired by the
  // time the sequences read them (serve --realism aws --time-scale 1000), those initiated after it have not.
  await initiateFixtureInventories(fixtures.inventories, model, prepared, step, firstUploadAt);
  for (const job of fixtures.jobs) {
    const archive = position.get(job.archive);
    if (archive !== undefined) await step(new InitiateArchiveJobCommand(archive, job.shape, job.tier, undefined));
  }
  for (const job of model.jobs) {
    await step({ run: async () => void (await awaitCompletion(prepared, job)), toString: () => `WaitForJob(${job.jobId.slice(0, 8)}…)` });
  }
  return { model, exchanges, problems, steps, refusals };
}

/** A run's own copy of the prepared model: jobs carry a status its commands move forward. */
export function modelOf(prepared: Prepared): GlacierModel {
  return { archives: [...prepared.model.archives], jobs: prepared.model.jobs.map((job) => ({ ...job })), inventories: new Map() };
}
