import type { InventoryEntry } from '../../src/checks/inventory-document';
import { linearSha256, naiveTreeHash, treeNodes } from './naive-tree-hash';

/** An archive the run uploaded, with what the model computed of it itself. */
export interface ModelArchive {
  readonly archiveId: string;
  readonly content: Uint8Array;
  readonly description: string;
  readonly treeHash: string;
  /** Every node hash of its tree: the §6 definition of an aligned range, applied literally. */
  readonly nodes: ReadonlySet<string>;
  /** When UploadArchive was sent and answered (scheduler time): an inventory snapshot is judged by it (§9.2). */
  readonly uploaded?: { readonly sentAt: number; readonly answeredAt: number };
  /** When DeleteArchive was sent and answered, once the model deleted it. */
  readonly deleted?: { readonly sentAt: number; readonly answeredAt: number };
}

export type ModelStatus = 'InProgress' | 'Succeeded' | 'Failed';

/** An inclusive byte range. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ModelJob {
  readonly jobId: string;
  readonly type: 'archive-retrieval' | 'inventory-retrieval';
  readonly archive?: ModelArchive;
  /** The retrieved range of the archive; the whole archive when none was asked for. */
  readonly retrieved?: Span;
  readonly tier?: string;
  readonly description?: string;
  readonly format?: 'JSON' | 'CSV';
  /** The archives the vault held when the job was initiated (inventory jobs). */
  readonly inventory?: readonly ModelArchive[];
  readonly inventoryLimit?: number;
  /** Scheduler time once InitiateJob answered: the job is at least this old at any later time. */
  readonly initiatedAt: number;
  /** The last StatusCode observed; only moves forward in a conforming target. */
  status: ModelStatus;
  /** True once waiting for it ran out of budget: its output checks cannot be decided. */
  timedOut: boolean;
}

/**
 * What the suite knows about the target's vault: far simpler than Glacier.
 * Jobs are kept in initiation order; commands refer to jobs and archives by
 * position (fast-check's track-position trick), so shrinking keeps them valid.
 */
export interface GlacierModel {
  readonly archives: ModelArchive[];
  readonly jobs: ModelJob[];
  /** Inventory outputs already read, by archive-set key, to compare JSON and CSV of the same state. */
  readonly inventories: Map<string, { JSON?: readonly InventoryEntry[]; CSV?: readonly InventoryEntry[] }>;
  /**
   * How many more jobs the commands may initiate. A prepared family's runs share one
   * allowance (the same object in every run's model), so sequences, top-ups and
   * shrinking together never initiate more than the family's share of --max-jobs.
   */
  readonly fresh: JobAllowance;
  /**
   * Jobs earlier runs initiated in this shared vault, after the prepared ones in
   * initiation order: still there, so a ListJobs walk must expect them, but not the
   * run's own to act on (a counterexample must not depend on what another run left).
   */
  readonly leftBehind?: { readonly after: number; readonly jobs: readonly ModelJob[] };
  /** Poll intervals the commands may still pause for (real time against a URL), shared like `fresh`; no bound when absent. */
  readonly pauses?: { left: number };
  /** The real id of an archive this vault held and deleted (errors.unknown-archive, §9.7), when prepared. */
  readonly deletedArchiveId?: string;
}

export interface JobAllowance {
  left: number;
}

/** Jobs one unprepared run may initiate: enough for the pages and boundaries of a sequence. */
const JOBS_PER_RUN = 8;

export const emptyModel = (fresh: JobAllowance = { left: JOBS_PER_RUN }): GlacierModel => ({ archives: [], jobs: [], inventories: new Map(), fresh });

/** Every job the vault holds, in initiation order: the prepared ones, those earlier runs left, then the run's own. */
export function jobsInVault(model: Readonly<GlacierModel>): readonly ModelJob[] {
  const left = model.leftBehind;
  return left === undefined ? model.jobs : [...model.jobs.slice(0, left.after), ...left.jobs, ...model.jobs.slice(left.after)];
}

/** Whether `count` more jobs may be initiated. */
export function mayInitiate(model: Pick<GlacierModel, 'fresh'>, count = 1): boolean {
  return model.fresh.left >= count;
}

/** Takes one job from the allowance, just before its InitiateJob is sent (a refused one still spent it). */
export function spendInitiate(model: GlacierModel): void {
  model.fresh.left -= 1;
}

export function modelArchive(archiveId: string, content: Uint8Array, description: string): ModelArchive {
  return { archiveId, content, description, treeHash: naiveTreeHash(content), nodes: treeNodes(content) };
}

/** Picks an element by position, wrapping: a shrunk sequence still names a valid element. */
export const at = <T>(items: readonly T[], position: number): T | undefined =>
  items.length === 0 ? undefined : items[position % items.length];

/** What a GetJobOutput of `range` (relative to the job output) must return, by the model's own arithmetic. */
export function expectedOutput(archive: ModelArchive, retrieved: Span, range?: Span) {
  const start = retrieved.start + (range?.start ?? 0);
  const end = range ? retrieved.start + range.end : retrieved.end;
  const bytes = archive.content.subarray(start, end + 1);
  const jobAligned = archive.nodes.has(naiveTreeHash(archive.content.subarray(retrieved.start, retrieved.end + 1)));
  const MiB = 1024 * 1024;
  const size = archive.content.length;
  const megabyte = (span: Span) => span.start % MiB === 0 && ((span.end + 1) % MiB === 0 || span.end === size - 1);
  return {
    sha256: linearSha256(bytes),
    treeHashAligned: jobAligned && archive.nodes.has(naiveTreeHash(bytes)),
    megabyteAligned: megabyte(retrieved) && megabyte({ start, end }),
  };
}

/** The tree hash of the retrieved range when it is aligned (§3.3), else null. */
export function expectedRangeTreeHash(archive: ModelArchive, retrieved: Span): string | null {
  const hash = naiveTreeHash(archive.content.subarray(retrieved.start, retrieved.end + 1));
  return archive.nodes.has(hash) ? hash : null;
}
