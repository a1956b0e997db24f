import type { Family } from '../src/checks/check-definition';
import type { RetrievalShape } from './arbitraries';

const MiB = 1024 * 1024;

/** An archive the preparation stage uploads: its bytes follow from (size, seed), like an UploadArchive command's. */
export interface ArchiveFixture {
  readonly size: number;
  readonly description: string;
}

/** A retrieval job the preparation stage initiates, on the archive at `archive`. */
export interface JobFixture {
  readonly archive: number;
  readonly shape: RetrievalShape;
  readonly tier?: string;
}

/**
 * What the byte-range and tree-hash rules need to see, prepared once per family
 * (issue 12): archives of one partial leaf, of whole leaves, and of an odd number
 * of leaves with a short last one; and retrievals of each boundary shape: whole
 * archives, megabyte-aligned ranges that are not tree-hash aligned, tree-hash
 * aligned ones at the first, a middle and the last leaf, ranges ending on the
 * archive's last byte, every tier, and two RetrievalByteRanges a target must refuse.
 */
export const ARCHIVE_FIXTURES: readonly ArchiveFixture[] = [
  { size: 5 * MiB + 17, description: 'six leaves, the last short' },
  { size: 3 * MiB + 5, description: 'four leaves, the last short' },
  { size: 2048, description: 'one partial leaf' },
  { size: 4 * MiB, description: 'four whole leaves' },
];

const block = (first: number, last: number) => ({ kind: 'megabyte' as const, first, last, toEnd: false });
const toEnd = (first: number) => ({ kind: 'megabyte' as const, first, last: 99, toEnd: true });

export const JOB_FIXTURES: readonly JobFixture[] = [
  { archive: 0, shape: { kind: 'none' }, tier: 'Expedited' },
  { archive: 0, shape: block(1, 1), tier: 'Standard' }, // 1-3 MiB: megabyte aligned, not a tree node
  { archive: 0, shape: { kind: 'tree-aligned', level: 1, index: 1 }, tier: 'Bulk' }, // 2-4 MiB: a middle node
  { archive: 0, shape: { kind: 'tree-aligned', level: 1, index: 2 } }, // 4 MiB-end: the last node, ends on the last byte
  { archive: 0, shape: toEnd(1) }, // 1 MiB-end: megabyte aligned to the end, not a tree node
  { archive: 1, shape: { kind: 'none' }, tier: 'Standard' },
  { archive: 1, shape: { kind: 'tree-aligned', level: 0, index: 0 }, tier: 'Expedited' }, // the first leaf
  { archive: 2, shape: { kind: 'none' } },
  { archive: 3, shape: { kind: 'none' }, tier: 'Bulk' },
  { archive: 3, shape: toEnd(3) }, // the last whole leaf
];

/** RetrievalByteRanges §3.4 refuses: initiated once each, they create no job on a conforming target. */
export const REFUSED_RANGES: readonly JobFixture[] = [
  { archive: 0, shape: { kind: 'unaligned', a: 1, b: MiB } },
  { archive: 1, shape: { kind: 'outside', extra: MiB } },
];

/** What one family's preparation uploads and initiates. */
export interface FamilyFixtures {
  /** Indices into ARCHIVE_FIXTURES. */
  readonly archives: readonly number[];
  readonly jobs: readonly JobFixture[];
  readonly inventories: readonly ('JSON' | 'CSV')[];
  /** Uploads whose x-amz-sha256-tree-hash is wrong (tree-hash.upload-wrong-hash-rejected). */
  readonly wrongHashUploads: boolean;
}

const ALL_ARCHIVES = ARCHIVE_FIXTURES.map((_, index) => index);

/**
 * The families whose sequences only read prepared state: one vault each, prepared
 * once, never a job to wait for. spec judges every response of the preparation and
 * of reads over it; errors needs one archive to name in its negative requests.
 */
export const FAMILY_FIXTURES: Readonly<Partial<Record<Family, FamilyFixtures>>> = {
  spec: { archives: [1, 2], jobs: [{ archive: 1, shape: { kind: 'none' }, tier: 'Standard' }, { archive: 1, shape: { kind: 'tree-aligned', level: 0, index: 1 } }, { archive: 2, shape: { kind: 'none' }, tier: 'Expedited' }], inventories: ['JSON', 'CSV'], wrongHashUploads: false },
  'byte-ranges': { archives: ALL_ARCHIVES, jobs: [...JOB_FIXTURES, ...REFUSED_RANGES], inventories: [], wrongHashUploads: false },
  'tree-hash': { archives: ALL_ARCHIVES, jobs: [...JOB_FIXTURES, ...REFUSED_RANGES], inventories: [], wrongHashUploads: true },
  errors: { archives: [2], jobs: [], inventories: [], wrongHashUploads: false },
};

/** Whether the family reads prepared state: it needs one vault and a dozen jobs, all at its start. */
export const isPrepared = (family: Family) => FAMILY_FIXTURES[family] !== undefined;
