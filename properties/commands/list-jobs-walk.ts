import type fc from 'fast-check';
import { familyCheckIds } from '../../src/checks/catalog';
import type { ListJobsPage, ListJobsWalk, ListedJob } from '../../src/checks/list-jobs-walk';
import type { GlacierReal } from '../glacier-real';
import { jobsInVault, mayInitiate, type GlacierModel } from '../model/glacier-model';
import { bodyOf, call } from '../observe';
import { observeJob } from '../observe-job';
import { InitiateArchiveJobCommand } from './initiate-archive-job';
import { InitiateInventoryJobCommand } from './initiate-inventory-job';

export type LimitChoice = { kind: 'none' } | { kind: 'in-range'; position: number };
export type FilterChoice = { statuscode?: 'InProgress' | 'Succeeded' | 'Failed'; completed?: 'true' | 'false' };

/**
 * Walks ListJobs from the first page, following Marker until it is null
 * (§2.2, §3.2), with a limit from the profile's range or none, and optional
 * filters. With `initiateDuringWalk`, a new job is initiated after the first page.
 */
export class ListJobsWalkCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  private resolvedLimit?: number;

  constructor(
    readonly limit: LimitChoice,
    readonly filter: FilterChoice,
    readonly initiateDuringWalk = false,
  ) {}

  check = (model: Readonly<GlacierModel>) => !this.initiateDuringWalk || (model.jobs.length >= 2 && mayInitiate(model));

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const range = real.profile.listJobsLimit;
    // A limit from the profile's range, biased to small values so a few jobs span several pages.
    const limit = this.limit.kind === 'none' ? undefined : this.limit.position % 4 === 0 ? range.min + (this.limit.position % (range.max - range.min + 1)) : range.min + (this.limit.position % 3);
    this.resolvedLimit = limit;
    // Every job of the vault, earlier runs' included: a shared vault lists them all.
    const vault = jobsInVault(model);
    const modelJobIds = vault.map((job) => job.jobId);
    const finalStatus = new Map(vault.flatMap((job) => (job.status === 'InProgress' ? [] : [[job.jobId, job.status] as const])));
    const pages: ListJobsPage[] = [];
    const initiated: string[] = [];
    let marker: string | undefined;
    const pageCap = vault.length + 3;
    while (pages.length < pageCap) {
      const sentAt = real.scheduler.now();
      const response = await call(real, real.client.listJobs({ vaultName: real.vaultName, limit: limit?.toString(), marker, ...this.filter }), [200]);
      if (response.status !== 200) {
        // A limit inside the profile's range must be accepted: that is the limits family's to judge.
        const rejected: ListJobsWalk = { limit, filter: this.filter, pages: [{ response, jobs: [], marker: null }], ended: true, modelJobIds, finalStatus, initiatedDuringWalk: [] };
        if (limit !== undefined) real.recorder.observe('limits.in-range-honoured', rejected);
        return;
      }
      const body = bodyOf(response);
      const jobs = (Array.isArray(body['JobList']) ? body['JobList'] : []) as ListedJob[];
      pages.push({ response, jobs, marker: typeof body['Marker'] === 'string' ? body['Marker'] : null });
      for (const listed of jobs) {
        const job = model.jobs.find((candidate) => candidate.jobId === listed.JobId);
        if (job) observeJob(real, job, listed as unknown as Record<string, unknown>, sentAt, false);
      }
      marker = pages.at(-1)!.marker ?? undefined;
      if (marker === undefined) break;
      if (this.initiateDuringWalk && pages.length === 1) {
        const before = model.jobs.length;
        // An archive retrieval when there is an archive: a vault's first inventory may be a day away (§9).
        const initiate = model.archives.length > 0 ? new InitiateArchiveJobCommand(0, { kind: 'none' }, undefined, 'during a ListJobs walk') : new InitiateInventoryJobCommand(undefined, 'during a ListJobs walk');
        await initiate.run(model, real);
        initiated.push(...model.jobs.slice(before).map((job) => job.jobId));
      }
    }
    const walk: ListJobsWalk = { limit, filter: this.filter, pages, ended: marker === undefined, modelJobIds: [...modelJobIds, ...initiated], finalStatus, initiatedDuringWalk: initiated, order: real.profile.listJobsOrder };
    for (const id of familyCheckIds('list-jobs')) real.recorder.observe(id, walk);
    if (limit !== undefined) real.recorder.observe('limits.in-range-honoured', walk);
    else real.recorder.observe('limits.default-applied', { walk, defaultLimit: range.default });
  }

  toString = () => {
    const filters = Object.entries(this.filter).map(([key, value]) => `${key}=${value}`);
    const limit = this.limit.kind === 'none' ? 'no limit' : `limit=${this.resolvedLimit ?? `#${this.limit.position}`}`;
    return `ListJobs walk(${[limit, ...filters, ...(this.initiateDuringWalk ? ['InitiateJob after page 1'] : [])].join(', ')})`;
  };
}
