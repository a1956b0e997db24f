import type fc from 'fast-check';
import type { RetrievalShape } from '../arbitraries';
import type { GlacierReal } from '../glacier-real';
import { at, mayInitiate, spendInitiate, type GlacierModel } from '../model/glacier-model';
import { isAcceptableRetrieval, retrievalSpan } from '../model/span-shapes';
import { TargetRefusal } from '../../src/engine/check-failure';
import type { ExchangeResponse } from '../../src/core/exchange';
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
    const { response, tier } = await initiateWithFallback(real, jobParameters, acceptable ? [202] : undefined);
    if (tier !== this.tier) this.fellBack = tier;
    // Into the model before any check may throw: a shared vault's later walks must know every job it holds.
    const jobId = response.headers['x-amz-job-id'];
    if (response.status === 202 && jobId) {
      model.jobs.push({
        jobId,
        type: 'archive-retrieval',
        archive,
        retrieved: span ?? { start: 0, end: size - 1 },
        tier,
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
  /** The tier the job was initiated with after the target refused the one asked for. */
  private fellBack?: string;

  toString = () => {
    const tier = this.fellBack ? `${this.tier} refused, initiated as ${this.fellBack}` : this.tier;
    const parts = [this.resolved ?? `archive#${this.archivePosition}, ${rangeText(this.shape)}`, tier, this.description === undefined ? undefined : JSON.stringify(this.description)];
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

/**
 * InitiateJob of an archive retrieval; an Expedited one the target refuses for lack of
 * capacity (InsufficientCapacityException, §9.5) is initiated once more as Standard, as a
 * client would: the refusal is the service's to make and fails nothing, and the job that
 * serves is a Standard one. The run counts the fallback (notes.tierFallbacks).
 */
export async function initiateWithFallback(
  real: GlacierReal,
  jobParameters: Record<string, unknown>,
  expected: readonly number[] | undefined,
): Promise<{ response: ExchangeResponse; tier: string | undefined }> {
  const tier = typeof jobParameters['Tier'] === 'string' ? jobParameters['Tier'] : undefined;
  const initiate = (parameters: Record<string, unknown>, handles?: boolean) =>
    call(real, real.client.initiateJob({ vaultName: real.vaultName, jobParameters: parameters }), expected, handles ? { handles: isCapacityRefusal } : {});
  if (tier !== 'Expedited') return { response: await initiate(jobParameters), tier };
  try {
    return { response: await initiate(jobParameters, true), tier };
  } catch (error) {
    if (!(error instanceof TargetRefusal) || !isCapacityRefusal(error)) throw error;
    real.notes.tierFallbacks = (real.notes.tierFallbacks ?? 0) + 1;
    return { response: await initiate({ ...jobParameters, Tier: 'Standard' }), tier: 'Standard' };
  }
}

const isCapacityRefusal = (refusal: { readonly code?: string }) => refusal.code === 'InsufficientCapacityException';
