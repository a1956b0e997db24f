import type fc from 'fast-check';
import { parseInventoryOutput } from '../../src/checks/inventory-checks';
import type { InventoryEntry } from '../../src/checks/inventory-document';
import type { GlacierReal } from '../glacier-real';
import { mayInitiate, spendInitiate, type GlacierModel, type ModelJob } from '../model/glacier-model';
import { bodyOf, call } from '../observe';
import { awaitCompletion } from './describe-job';
import { snapshotJudging } from './get-job-output';

/**
 * A ranged inventory (§3.6): InitiateJob with InventoryRetrievalParameters.Limit,
 * wait, read the output, take the continuation Marker from DescribeJob, and
 * repeat until it is null; together the pages list every archive once.
 */
export class InventoryWalkCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  constructor(
    readonly limit: number,
    readonly format: 'JSON' | 'CSV',
  ) {}

  check = (model: Readonly<GlacierModel>) => model.archives.length >= 2 && mayInitiate(model, Math.ceil(model.archives.length / this.limit) + 1);

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const pages: InventoryEntry[][] = [];
    const inventoryDates: (string | undefined)[] = [];
    let last: ModelJob | undefined; // the newest page: no snapshot of the walk is newer than its initiation
    let marker: unknown;
    for (let round = 0; round <= model.archives.length + 1; round += 1) {
      if (!mayInitiate(model)) return;
      spendInitiate(model);
      const parameters = { Limit: String(this.limit), ...(typeof marker === 'string' ? { Marker: marker } : {}) };
      const initiated = await call(real, real.client.initiateJob({ vaultName: real.vaultName, jobParameters: { Type: 'inventory-retrieval', Format: this.format, InventoryRetrievalParameters: parameters } }), [202]);
      const jobId = initiated.headers['x-amz-job-id'];
      if (initiated.status !== 202 || !jobId) return;
      const job: ModelJob = { jobId, type: 'inventory-retrieval', format: this.format, inventory: [...model.archives], inventoryLimit: this.limit, initiatedAt: real.scheduler.now(), status: 'InProgress', timedOut: false };
      model.jobs.push(job);
      last = job;
      if (!(await awaitCompletion(real, job))) return;
      const output = await call(real, real.client.getJobOutput({ vaultName: real.vaultName, jobId }), [200]);
      const parsed = parseInventoryOutput({ format: this.format, response: output });
      if (!parsed.ok) return; // inventory.lists-vault-archives reports unreadable inventories
      pages.push(parsed.entries);
      inventoryDates.push(parsed.inventoryDate);
      const described = await call(real, real.client.describeJob({ vaultName: real.vaultName, jobId }), [200]);
      marker = (bodyOf(described)['InventoryRetrievalParameters'] as Record<string, unknown> | null | undefined)?.['Marker'] ?? null;
      if (marker === null) break;
    }
    const expectedIds = model.archives.map((archive) => archive.archiveId);
    const { snapshot } = last ? snapshotJudging(real, last) : {};
    real.recorder.observe('inventory.limit-marker-continuation', { limit: this.limit, pages, lastMarker: marker, expectedIds, ...(snapshot ? { snapshot: { ...snapshot, inventoryDates } } : {}) });
  }

  toString = () => `InventoryWalk(Limit=${this.limit}, ${this.format})`;
}
