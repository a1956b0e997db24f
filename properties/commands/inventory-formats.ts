import type fc from 'fast-check';
import type { GlacierReal } from '../glacier-real';
import { mayInitiate, type GlacierModel } from '../model/glacier-model';
import { call } from '../observe';
import { awaitCompletion } from './describe-job';
import { observeInventory } from './get-job-output';
import { InitiateInventoryJobCommand } from './initiate-inventory-job';

/**
 * Two inventories of the same vault state, one JSON and one CSV (§3.6):
 * each is judged on its own, and then against the other.
 */
export class InventoryFormatsCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  check = (model: Readonly<GlacierModel>) => mayInitiate(model, 2);

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    for (const format of ['JSON', 'CSV'] as const) {
      const before = model.jobs.length;
      await new InitiateInventoryJobCommand(format, undefined).run(model, real);
      const job = model.jobs[before];
      if (!job || !(await awaitCompletion(real, job)) || job.status !== 'Succeeded') return;
      const response = await call(real, real.client.getJobOutput({ vaultName: real.vaultName, jobId: job.jobId }), [200]);
      observeInventory(model, real, job, response);
    }
  }

  toString = () => 'InventoryFormats(JSON and CSV of the same vault state)';
}
