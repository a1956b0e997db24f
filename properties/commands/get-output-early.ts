import type fc from 'fast-check';
import type { GlacierReal } from '../glacier-real';
import { at, type GlacierModel } from '../model/glacier-model';
import { bodyOf, call } from '../observe';
import { observeJob } from '../observe-job';

/**
 * GetJobOutput of a job DescribeJob just showed InProgress: refused with 400
 * (§4). If the output came anyway, a second DescribeJob tells a job that
 * completed in between (undecided) from a target that served it early (failed).
 */
export class GetOutputBeforeCompletionCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  constructor(readonly jobPosition: number) {}

  check = (model: Readonly<GlacierModel>) => model.jobs.some((job) => job.status === 'InProgress');

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const job = at(model.jobs.filter((candidate) => candidate.status === 'InProgress'), this.jobPosition)!;
    const beforeAt = real.scheduler.now();
    const before = await call(real, real.client.describeJob({ vaultName: real.vaultName, jobId: job.jobId }), [200]);
    observeJob(real, job, bodyOf(before), beforeAt);
    if (job.status !== 'InProgress') return;
    const response = await call(real, real.client.getJobOutput({ vaultName: real.vaultName, jobId: job.jobId }));
    if (response.status < 300) {
      const afterAt = real.scheduler.now();
      const after = await call(real, real.client.describeJob({ vaultName: real.vaultName, jobId: job.jobId }), [200]);
      observeJob(real, job, bodyOf(after), afterAt);
      if (job.status !== 'InProgress') return; // completed in between: cannot tell
    }
    real.recorder.observe('lifecycle.output-refused-before-completion', { response });
  }

  toString = () => `GetJobOutput(in-progress job#${this.jobPosition}, before completion)`;
}
