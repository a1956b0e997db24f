import type fc from 'fast-check';
import { parseInventoryOutput, type SnapshotJudging } from '../../src/checks/inventory-checks';
import type { JobOutputObservation } from '../../src/checks/job-output-observation';
import type { ExchangeResponse } from '../../src/core/exchange';
import type { OutputRangeShape } from '../arbitraries';
import type { GlacierReal } from '../glacier-real';
import { at, expectedOutput, type GlacierModel, type ModelArchive, type ModelJob } from '../model/glacier-model';
import { outputSpan } from '../model/span-shapes';
import { call } from '../observe';
import { awaitCompletion } from './describe-job';

/**
 * GetJobOutput of a completed job (§2.4): archive output with or without a
 * Range (byte-ranges and tree-hash families), or a whole inventory (inventory family).
 */
export class GetJobOutputCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  private resolved?: string;

  constructor(
    readonly jobPosition: number,
    readonly shape: OutputRangeShape,
    /** False against a stateless mock: its jobs never complete, so ask at once and judge only the response. */
    readonly waitForCompletion = true,
  ) {}

  check = (model: Readonly<GlacierModel>) => model.jobs.some(isWaitable);

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const job = at(model.jobs.filter(isWaitable), this.jobPosition)!;
    if (!this.waitForCompletion) {
      this.resolved = `job#${this.jobPosition % model.jobs.length}, no Range, without waiting`;
      await call(real, real.client.getJobOutput({ vaultName: real.vaultName, jobId: job.jobId }));
      return;
    }
    // Output is owed only once the job completed: wait for it like a client would (design.md "Time").
    if (job.status === 'InProgress' && !(await awaitCompletion(real, job))) return;
    if (job.status !== 'Succeeded') return;
    if (job.type === 'inventory-retrieval') return this.inventory(model, real, job);
    const retrieved = job.retrieved!;
    const size = retrieved.end - retrieved.start + 1;
    const span = outputSpan(this.shape, size);
    this.resolved = `job ${job.jobId.slice(0, 8)}… (${size} bytes), ${span ? `Range bytes=${span.start}-${span.end}` : 'no Range'}`;
    const range = span ? `bytes=${span.start}-${span.end}` : undefined;
    const pastEnd = span !== undefined && span.start >= size;
    const response = await call(real, real.client.getJobOutput({ vaultName: real.vaultName, jobId: job.jobId, range }), pastEnd ? undefined : [span ? 206 : 200]);
    if (pastEnd) {
      real.recorder.observe('byte-ranges.start-past-end-rejected', { response });
      return;
    }
    const observation: JobOutputObservation = { kind: 'archive', outputSize: size, requestRange: span, response, expected: expectedOutput(job.archive!, retrieved, span) };
    const { recorder } = real;
    recorder.observe('byte-ranges.full-output', observation);
    recorder.observe('byte-ranges.partial-output', observation);
    recorder.observe('byte-ranges.bytes-at-offsets', observation);
    recorder.observe('tree-hash.output-header-matches-bytes', observation);
    recorder.observe('tree-hash.output-header-presence', { output: observation, reading: real.profile.outputTreeHash });
  }

  private async inventory(model: GlacierModel, real: GlacierReal, job: ModelJob): Promise<void> {
    this.resolved = `inventory job ${job.jobId.slice(0, 8)}… (${job.format})`;
    const response = await call(real, real.client.getJobOutput({ vaultName: real.vaultName, jobId: job.jobId }), [200]);
    observeInventory(model, real, job, response);
  }

  toString = () => `GetJobOutput(${this.resolved ?? `job#${this.jobPosition}, ${this.shape.kind} range`})`;
}

const isWaitable = (job: ModelJob) => job.status !== 'Failed' && !job.timedOut;

/** Judges a whole inventory output, and compares JSON with CSV of the same vault state (§3.6). */
export function observeInventory(model: GlacierModel, real: GlacierReal, job: ModelJob, response: ExchangeResponse): void {
  const format = job.format ?? 'JSON';
  const output = { format, response };
  const expected = (job.inventory ?? []).map(inventoryEntryOf);
  real.recorder.observe('inventory.content-type', output);
  // A ranged inventory (Limit/Marker) holds one page of the vault: InventoryWalk judges the pages together.
  if (job.inventoryLimit !== undefined) return;
  real.recorder.observe('inventory.lists-vault-archives', { output, expected, ...snapshotJudging(real, job) });
  const observation: JobOutputObservation = { kind: 'inventory', outputSize: response.bytes, response, expected: { treeHashAligned: false, megabyteAligned: false } };
  real.recorder.observe('tree-hash.output-header-presence', { output: observation, reading: real.profile.outputTreeHash });
  const parsed = parseInventoryOutput(output);
  if (!parsed.ok) return;
  const key = expected.map((entry) => entry.ArchiveId).sort().join(',');
  const seen = model.inventories.get(key) ?? {};
  model.inventories.set(key, { ...seen, [format]: parsed.entries });
  const other = format === 'JSON' ? seen.CSV : seen.JSON;
  if (other) {
    const [json, csv] = format === 'JSON' ? [parsed.entries, other] : [other, parsed.entries];
    real.recorder.observe('inventory.json-csv-agree', { json, csv });
  }
}

/** Under the `snapshot` reading (§9.2) an inventory is judged as of its InventoryDate: what the model may have seen in the vault, and when. */
export function snapshotJudging(real: GlacierReal, job: ModelJob): { snapshot?: SnapshotJudging } {
  if (real.profile.inventoryContents !== 'snapshot') return {};
  const candidates = (job.inventory ?? []).map((archive) => ({
    ...inventoryEntryOf(archive),
    ...(archive.uploaded ? { uploaded: archive.uploaded } : {}),
    ...(archive.deleted ? { deleted: archive.deleted } : {}),
  }));
  return { snapshot: { candidates, initiatedAt: job.initiatedAt, clockSkewMs: real.clockSkewMs ?? 0 } };
}

const inventoryEntryOf = (archive: ModelArchive) => ({ ArchiveId: archive.archiveId, ArchiveDescription: archive.description, Size: archive.content.length, SHA256TreeHash: archive.treeHash });
