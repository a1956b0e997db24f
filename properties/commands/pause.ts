import type fc from 'fast-check';
import type { GlacierReal } from '../glacier-real';
import type { GlacierModel } from '../model/glacier-model';

/**
 * Lets time pass (a few poll intervals): what a status that regresses later,
 * or a job that completes between two reads, needs to show itself. Virtual
 * time for the embedded reference, a real wait otherwise.
 */
export class PauseCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  constructor(readonly intervals: number) {}

  check = (model: Readonly<GlacierModel>) => model.jobs.length > 0 && (model.pauses?.left ?? this.intervals) >= this.intervals;

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    if (model.pauses) model.pauses.left -= this.intervals;
    await real.scheduler.sleep(this.intervals * real.pollIntervalMs);
  }

  toString = () => `Pause(${this.intervals} poll intervals)`;
}
