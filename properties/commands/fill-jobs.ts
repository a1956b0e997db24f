import type fc from 'fast-check';
import type { GlacierReal } from '../glacier-real';
import type { GlacierModel } from '../model/glacier-model';
import { InitiateInventoryJobCommand } from './initiate-inventory-job';

/** Above this many jobs a fill costs a real endpoint more than the boundary is worth (aws-2012's default is 1000). */
const MAX_FILL = 100;

/**
 * Initiates inventory jobs until the vault holds the profile's default ListJobs
 * limit, or one more: the two sides of the boundary limits.default-applied
 * judges (§3.2). With fewer jobs than a wrong default, no walk could tell it.
 */
export class FillJobsCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  private target?: number;

  constructor(readonly beyondDefault: 0 | 1) {}

  check = (model: Readonly<GlacierModel>) => model.jobs.length < 8;

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const target = real.profile.listJobsLimit.default + this.beyondDefault;
    this.target = target;
    if (target > MAX_FILL) return;
    while (model.jobs.length < target) {
      const before = model.jobs.length;
      await new InitiateInventoryJobCommand(undefined, undefined).run(model, real);
      if (model.jobs.length === before) return; // refused: the initiate checks have said why
    }
  }

  toString = () => `InitiateJob(inventory-retrieval) until the vault holds ${this.target ?? `the default limit + ${this.beyondDefault}`} jobs`;
}
