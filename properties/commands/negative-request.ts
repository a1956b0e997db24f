import type fc from 'fast-check';
import { errorsChecks } from '../../src/checks/errors-checks';
import type { ExchangeResponse } from '../../src/core/exchange';
import type { GlacierReal } from '../glacier-real';
import { at, type GlacierModel } from '../model/glacier-model';
import { archiveContent } from '../model/archive-content';
import { call } from '../observe';

/** The negative requests of the errors family, each with the check that judges its answer (§4). */
const NEGATIVES = {
  'unknown-job': { check: 'errors.unknown-job', needs: 'nothing' },
  'unknown-job-output': { check: 'errors.unknown-job', needs: 'nothing' },
  'unknown-vault': { check: 'errors.unknown-vault', needs: 'nothing' },
  'unknown-vault-initiate': { check: 'errors.unknown-vault', needs: 'nothing' },
  'unknown-archive': { check: 'errors.unknown-archive', needs: 'nothing' },
  'bad-statuscode': { check: 'errors.invalid-list-filters', needs: 'nothing' },
  'bad-completed': { check: 'errors.invalid-list-filters', needs: 'nothing' },
  'unknown-marker': { check: 'errors.unknown-marker', needs: 'nothing' },
  'inventory-with-archive-id': { check: 'errors.inventory-archive-parameters', needs: 'archive' },
  'inventory-with-range': { check: 'errors.inventory-archive-parameters', needs: 'nothing' },
  'missing-version-header': { check: 'errors.missing-version-header', needs: 'nothing' },
} as const satisfies Record<string, { check: keyof typeof errorsChecks; needs: 'nothing' | 'archive' }>;

export type NegativeKind = keyof typeof NEGATIVES;
export const NEGATIVE_KINDS = Object.keys(NEGATIVES) as NegativeKind[];

/** A JobId shaped like a real one that this vault never issued. */
const UNKNOWN_JOB_ID = 'HkF9p6o7yjhFx-K3CGl6fuSm6VzW9T7esGQfco8nUXVYwS0jlb5gq1JZ55yHgt5vP54ZShjoQzQVVh7vEXAMPLEjobid';

export class NegativeRequestCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  constructor(
    readonly kind: NegativeKind,
    readonly position: number,
  ) {}

  check = (model: Readonly<GlacierModel>) => NEGATIVES[this.kind].needs === 'nothing' || model.archives.length > 0;

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const response = await this.send(model, real);
    const id = NEGATIVES[this.kind].check;
    real.recorder.observe(id, { response });
  }

  private send(model: GlacierModel, real: GlacierReal): Promise<ExchangeResponse> {
    const { client, vaultName } = real;
    const missingVault = `${vaultName}-missing`;
    switch (this.kind) {
      case 'unknown-job': return call(real, client.describeJob({ vaultName, jobId: UNKNOWN_JOB_ID }));
      case 'unknown-job-output': return call(real, client.getJobOutput({ vaultName, jobId: UNKNOWN_JOB_ID }));
      case 'unknown-vault': return call(real, client.listJobs({ vaultName: missingVault }));
      case 'unknown-vault-initiate': return call(real, client.initiateJob({ vaultName: missingVault, jobParameters: { Type: 'inventory-retrieval' } }));
      case 'unknown-archive': return this.initiateForDeletedArchive(model, real);
      case 'bad-statuscode': return call(real, client.listJobs({ vaultName, statuscode: 'finished' }));
      case 'bad-completed': return call(real, client.listJobs({ vaultName, completed: 'yes' }));
      case 'unknown-marker': return call(real, client.listJobs({ vaultName, marker: UNKNOWN_JOB_ID }));
      case 'inventory-with-archive-id': return call(real, client.initiateJob({ vaultName, jobParameters: { Type: 'inventory-retrieval', ArchiveId: at(model.archives, this.position)!.archiveId } }));
      case 'inventory-with-range': return call(real, client.initiateJob({ vaultName, jobParameters: { Type: 'inventory-retrieval', RetrievalByteRange: '0-1048575' } }));
      case 'missing-version-header': return call(real, client.listJobs({ vaultName }, { omitGlacierVersion: true }));
    }
  }

  /**
   * A real id of an archive this vault held and no longer holds: AWS archive ids encode their
   * vault, so a made-up id is 400 "Invalid vault name" there, not 404 (§9.7).
   */
  private async initiateForDeletedArchive(model: GlacierModel, real: GlacierReal): Promise<ExchangeResponse> {
    const { client, vaultName } = real;
    // A prepared vault deleted one archive once for every run: no upload per command.
    if (model.deletedArchiveId !== undefined) return call(real, client.initiateJob({ vaultName, jobParameters: { Type: 'archive-retrieval', ArchiveId: model.deletedArchiveId } }));
    const uploaded = await call(real, client.uploadArchive({ vaultName, body: archiveContent(1, 3) }), [201]);
    const archiveId = uploaded.headers['x-amz-archive-id'] ?? `${UNKNOWN_JOB_ID}archive`;
    if (uploaded.status === 201) await call(real, client.deleteArchive({ vaultName, archiveId }), [204]);
    return call(real, client.initiateJob({ vaultName, jobParameters: { Type: 'archive-retrieval', ArchiveId: archiveId } }));
  }

  toString = () => `Negative(${this.kind})`;
}
