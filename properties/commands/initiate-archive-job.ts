import type fc from 'fast-check';
import type { RetrievalShape } from '../arbitraries';
import type { GlacierReal } from '../glacier-real';
import { at, mayInitiate, spendInitiate, type GlacierModel } from '../model/glacier-model';
import { isAcceptableRetrieval, retrievalSpan } from '../model/span-shapes';
import { call } from '../observe';

/** InitiateJob archive-retrieval of the archive at `archivePosition`, whole or with a RetrievalByteRange. */
export class InitiateArchiveJobCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  constructor(
    readonly archivePosition: number,
    readonly shape: RetrievalShape,
    readonly tier: string | undefined,
    readonly description: string | undefined,
  ) {}

  check = (model: Readonly<GlacierModel>) => model.archives.length > 0 && mayInitiate(model);

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const archive = at(model.archives, this.archivePosition)!;
    const size = archive.content.length;
    const span = retrievalSpan(this.shape, size);
    const acceptable = span === undefined || isAcceptableRetrieval(span, size);
    this.resolved = `${size}-byte archive#${this.archivePosition % model.archives.length}, ${span ? `RetrievalByteRange ${span.start}-${span.end}` : 'whole archive'}`;
    const jobParameters = {
      Type: 'archive-retrieval',
      ArchiveId: archive.archiveId,
      ...(span ? { RetrievalByteRange: `${span.start}-${span.end}` } : {}),
      ...(this.tier ? { Tier: this.tier } : {}),
      ...(this.description !== undefined ? { Description: this.description } : {}),
    };
    spendInitiate(model);
    const response = await call(real, real.client.initiateJob({ vaultName: real.vaultName, jobParameters }), acceptable ? [202] : undefined);
    // Into the model before any check may throw: a shared vault's later walks must know every job it holds.
    const jobId = response.headers['x-amz-job-id'];
    if (response.status === 202 && jobId) {
      model.jobs.push({
        jobId,
        type: 'archive-retrieval',
        archive,
        retrieved: span ?? { start: 0, end: size - 1 },
        tier: this.tier,
        description: this.description,
        initiatedAt: real.scheduler.now(),
        status: 'InProgress',
        timedOut: false,
      });
    }
    if (span) {
      real.recorder.observe('byte-ranges.retrieval-range-validated', { archiveSize: size, retrievalByteRange: jobParameters.RetrievalByteRange!, acceptable, response });
    }
    real.recorder.observe('lifecycle.initiate-response', { response, vaultName: real.vaultName });
  }

  /** The concrete archive and range, once the command ran: counterexamples read better with numbers. */
  private resolved?: string;

  toString = () => {
    const parts = [this.resolved ?? `archive#${this.archivePosition}, ${rangeText(this.shape)}`, this.tier, this.description === undefined ? undefined : JSON.stringify(this.description)];
    return `InitiateJob(archive-retrieval, ${parts.filter(Boolean).join(', ')})`;
  };
}

function rangeText(shape: RetrievalShape): string {
  switch (shape.kind) {
    case 'none': return 'whole archive';
    case 'tree-aligned': return `tree-hash-aligned range 2^${shape.level} MiB #${shape.index}`;
    case 'megabyte': return `MB-aligned range ${shape.first}..${shape.last}${shape.toEnd ? ' to end' : ''}`;
    case 'unaligned': return `unaligned range (${shape.a}, ${shape.b})`;
    case 'outside': return `range ending ${shape.extra} bytes past the archive`;
  }
}
