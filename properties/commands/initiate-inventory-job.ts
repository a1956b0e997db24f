import type fc from 'fast-check';
import { lifecycleChecks } from '../../src/checks/lifecycle-checks';
import type { GlacierReal } from '../glacier-real';
import type { GlacierModel } from '../model/glacier-model';
import { call } from '../observe';

/** InitiateJob inventory-retrieval in JSON or CSV (§2.1, §3.6); the model snapshots the vault's archives. */
export class InitiateInventoryJobCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  constructor(
    readonly format: 'JSON' | 'CSV' | undefined,
    readonly description: string | undefined,
  ) {}

  check = (model: Readonly<GlacierModel>) => model.jobs.length < 8;

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const jobParameters = {
      Type: 'inventory-retrieval',
      ...(this.format ? { Format: this.format } : {}),
      ...(this.description !== undefined ? { Description: this.description } : {}),
    };
    const response = await call(real, real.client.initiateJob({ vaultName: real.vaultName, jobParameters }), [202]);
    real.recorder.observe('lifecycle.initiate-response', lifecycleChecks['lifecycle.initiate-response']({ response, vaultName: real.vaultName }));
    const jobId = response.headers['x-amz-job-id'];
    if (response.status !== 202 || !jobId) return;
    model.jobs.push({
      jobId,
      type: 'inventory-retrieval',
      format: this.format ?? 'JSON',
      description: this.description,
      inventory: [...model.archives],
      initiatedAt: real.scheduler.now(),
      status: 'InProgress',
      timedOut: false,
    });
  }

  toString = () => `InitiateJob(inventory-retrieval, ${this.format ?? 'default format'}${this.description === undefined ? '' : `, ${JSON.stringify(this.description)}`})`;
}
