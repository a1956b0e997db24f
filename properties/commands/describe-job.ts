import type fc from 'fast-check';
import type { GlacierReal } from '../glacier-real';
import { at, type GlacierModel, type ModelJob } from '../model/glacier-model';
import { bodyOf, call } from '../observe';
import { observeJob } from '../observe-job';

/** DescribeJob of the job at `jobPosition`: every field judged against what was initiated. */
export class DescribeJobCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  constructor(readonly jobPosition: number) {}

  check = (model: Readonly<GlacierModel>) => model.jobs.length > 0;

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const job = at(model.jobs, this.jobPosition)!;
    const sentAt = real.scheduler.now();
    const response = await call(real, real.client.describeJob({ vaultName: real.vaultName, jobId: job.jobId }), [200]);
    if (response.status === 200) observeJob(real, job, bodyOf(response), sentAt);
  }

  toString = () => `DescribeJob(job#${this.jobPosition})`;
}

/**
 * Polls DescribeJob until the job completes or --job-timeout runs out (design.md
 * "Time": the model never assumes when a job completes). Running out is not a
 * failure: the job's output checks become undecidable.
 */
export class WaitForJobCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  constructor(readonly jobPosition: number) {}

  check = (model: Readonly<GlacierModel>) => model.jobs.some((job) => job.status === 'InProgress' && !job.timedOut);

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const waiting = model.jobs.filter((job) => job.status === 'InProgress' && !job.timedOut);
    await awaitCompletion(real, at(waiting, this.jobPosition)!);
  }

  toString = () => `WaitForJob(in-progress job#${this.jobPosition})`;
}

/**
 * Polls DescribeJob every quarter of the job's age so far (at least one poll
 * interval, at most 30, so a job of hours is asked about every half minute, not
 * every second) until the job leaves InProgress or the job timeout passes; true
 * when it completed; the last poll is at the deadline. A job is seen completed at most a quarter of its latency late
 * (doubling intervals could be a whole latency late: 31 s for a 20 s job).
 */
export async function awaitCompletion(real: GlacierReal, job: ModelJob): Promise<boolean> {
  // Past the profile's completion bound (plus a poll or two) the job has already failed
  // lifecycle.completes-within-bound: waiting on to --job-timeout could not change a verdict.
  const boundMs = real.profile.jobCompletionBoundMs;
  const waitMs = boundMs === undefined ? real.jobTimeoutMs : Math.min(real.jobTimeoutMs, boundMs + 4 * real.pollIntervalMs);
  const deadline = job.initiatedAt + waitMs;
  for (;;) {
    const interval = Math.min(30 * real.pollIntervalMs, Math.max(real.pollIntervalMs, Math.floor((real.scheduler.now() - job.initiatedAt) / 4)));
    const sentAt = real.scheduler.now();
    const response = await call(real, real.client.describeJob({ vaultName: real.vaultName, jobId: job.jobId }), [200]);
    if (response.status !== 200) return false;
    observeJob(real, job, bodyOf(response), sentAt);
    if (job.status !== 'InProgress') return true;
    // The last poll lands on the deadline itself: a job still InProgress then is seen past the bound.
    const wait = Math.min(interval, deadline - real.scheduler.now());
    if (wait <= 0) break;
    await real.scheduler.sleep(wait);
  }
  job.timedOut = true;
  real.notes.timedOut = true;
  real.notes.undecided =
    waitMs < real.jobTimeoutMs
      ? `job ${job.jobId} did not complete within the profile's completion bound (${Math.round(boundMs! / 1000)} s)`
      : `job ${job.jobId} did not complete within the job timeout (${Math.round(real.jobTimeoutMs / 1000)} s); raise --job-timeout`;
  return false;
}
