import type fc from 'fast-check';
import type { GlacierReal } from '../glacier-real';
import { mayInitiate, spendInitiate, type GlacierModel } from '../model/glacier-model';
import { isFirstInventoryGate } from '../../src/checks/refusals';
import { TargetRefusal } from '../../src/engine/check-failure';
import { call, type CallOptions } from '../observe';

/**
 * A StartDate/EndDate filter (§3.6: CreationDate ≥ StartDate and < EndDate).
 * The model cannot know the target's clock to the second, so every filter is
 * far enough from now to keep either every archive or none, on any target.
 */
export const DATE_FILTERS = {
  none: { parameters: {}, keepsArchives: true },
  'start-in-2000': { parameters: { StartDate: '2000-01-01T00:00:00Z' }, keepsArchives: true },
  'end-in-2000': { parameters: { EndDate: '2000-01-01T00:00:00Z' }, keepsArchives: false },
  'start-in-2100': { parameters: { StartDate: '2100-01-01T00:00:00Z' }, keepsArchives: false },
  'window-2000-2100': { parameters: { StartDate: '2000-01-01T00:00:00Z', EndDate: '2100-01-01T00:00:00Z' }, keepsArchives: true },
} as const;

export type DateFilter = keyof typeof DATE_FILTERS;

/** InitiateJob inventory-retrieval in JSON or CSV, with a date filter (§2.1, §3.6); the model snapshots the vault's archives. */
export class InitiateInventoryJobCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  constructor(
    readonly format: 'JSON' | 'CSV' | undefined,
    readonly description: string | undefined,
    readonly dates: DateFilter = 'none',
    /** How refusals are handled (the preparation stage awaits the first-inventory gate, properties/first-inventory.ts). */
    readonly callOptions: CallOptions = {},
  ) {}

  check = (model: Readonly<GlacierModel>) => mayInitiate(model);

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const jobParameters = {
      Type: 'inventory-retrieval',
      ...(this.format ? { Format: this.format } : {}),
      ...(this.description !== undefined ? { Description: this.description } : {}),
      ...(this.dates !== 'none' ? { InventoryRetrievalParameters: DATE_FILTERS[this.dates].parameters } : {}),
    };
    spendInitiate(model);
    let response;
    try {
      response = await call(real, real.client.initiateJob({ vaultName: real.vaultName, jobParameters }), [202], this.callOptions);
    } catch (error) {
      // A vault without its first inventory refuses every inventory job (§9.1): this one creates no job
      // (the refusal is noted), and the rest of the sequence still runs; the preparation stage awaits the gate instead.
      if (error instanceof TargetRefusal && error.code !== undefined && !this.callOptions.handles && isFirstInventoryGate({ code: error.code, reason: error.reason ?? '' })) return;
      throw error;
    }
    // Into the model before the check may throw: a shared vault's later walks must know every job it holds.
    const jobId = response.headers['x-amz-job-id'];
    if (response.status === 202 && jobId) {
      model.jobs.push({
        jobId,
        type: 'inventory-retrieval',
        format: this.format ?? 'JSON',
        description: this.description,
        inventory: DATE_FILTERS[this.dates].keepsArchives ? [...model.archives] : [],
        initiatedAt: real.scheduler.now(),
        status: 'InProgress',
        timedOut: false,
      });
    }
    real.recorder.observe('lifecycle.initiate-response', { response, vaultName: real.vaultName });
  }

  toString = () => {
    const dates = this.dates === 'none' ? [] : [Object.entries(DATE_FILTERS[this.dates].parameters).map(([key, value]) => `${key} ${value}`).join(', ')];
    const description = this.description === undefined ? [] : [JSON.stringify(this.description)];
    return `InitiateJob(inventory-retrieval, ${[this.format ?? 'default format', ...dates, ...description].join(', ')})`;
  };
}
