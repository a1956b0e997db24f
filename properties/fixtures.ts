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
  /** JobDescription (lifecycle.fields-echo-initiation); none when absent. */
  readonly description?: string;
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
  // Small archives for the listings (4) and the inventories (4-6): descriptions a CSV must quote and escape (§3.6).
  { size: 1024, description: 'a "quoted", comma-separated description' },
  { size: 3000, description: 'plain' },
  { size: 1, description: "it's, one byte" },
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
  /** Ranged inventories walked page by page (Limit, then Marker; inventory.limit-marker-continuation), alongside the waits. */
  readonly inventoryWalks?: readonly { readonly limit: number; readonly format: 'JSON' | 'CSV' }[];
  /** One archive uploaded and deleted again: its real id is the unknown archive errors.unknown-archive names (§9.7). */
  readonly deletedArchive?: boolean;
  /**
   * How many jobs the family's sequences may initiate in all, over every run, top-up and
   * shrink: only the rules about a fresh job need one (InProgress, output asked early,
   * listing while initiating); everything else reads the prepared jobs.
   */
  readonly freshJobs?: number;
}

/** The byte-range and tree-hash archives: every boundary shape of §3.4 and §6. */
const RANGE_ARCHIVES = [0, 1, 2, 3];
const LISTED_ARCHIVE = 4;
const listed = (count: number, tiers: readonly (string | undefined)[]): JobFixture[] =>
  Array.from({ length: count }, (_, index) => ({ archive: LISTED_ARCHIVE, shape: { kind: 'none' as const }, ...(tiers[index % tiers.length] ? { tier: tiers[index % tiers.length]! } : {}), description: `prepared job ${index + 1}` }));

/**
 * Every family's preparation (issue 12): one vault each, prepared once, its jobs
 * initiated together and waited for together, so a family waits one job latency
 * (two for the inventory walk) and its sequences read what is there. spec judges
 * every response of the preparation and of reads over it; errors needs one archive
 * to name and one deleted; the listings need jobs enough for several pages of
 * several jobs, and more than any too-small default page (limits.default-applied);
 * lifecycle initiates its own fresh jobs to see them InProgress.
 */
export const FAMILY_FIXTURES: Readonly<Record<Family, FamilyFixtures>> = {
  spec: { archives: [1, 2], jobs: [{ archive: 1, shape: { kind: 'none' }, tier: 'Standard' }, { archive: 1, shape: { kind: 'tree-aligned', level: 0, index: 1 } }, { archive: 2, shape: { kind: 'none' }, tier: 'Expedited' }], inventories: ['JSON', 'CSV'], wrongHashUploads: false, deletedArchive: true },
  'list-jobs': { archives: [LISTED_ARCHIVE], jobs: listed(6, [undefined, 'Standard', 'Bulk']), inventories: [], wrongHashUploads: false, freshJobs: 8 },
  limits: { archives: [LISTED_ARCHIVE], jobs: listed(12, [undefined]), inventories: [], wrongHashUploads: false },
  'byte-ranges': { archives: RANGE_ARCHIVES, jobs: [...JOB_FIXTURES, ...REFUSED_RANGES], inventories: [], wrongHashUploads: false },
  'tree-hash': { archives: RANGE_ARCHIVES, jobs: [...JOB_FIXTURES, ...REFUSED_RANGES], inventories: [], wrongHashUploads: true },
  lifecycle: { archives: [LISTED_ARCHIVE], jobs: [{ archive: LISTED_ARCHIVE, shape: { kind: 'none' }, tier: 'Standard', description: 'prepared Standard' }, { archive: LISTED_ARCHIVE, shape: { kind: 'none' }, tier: 'Bulk' }, { archive: LISTED_ARCHIVE, shape: { kind: 'none' }, description: 'prepared, default tier' }], inventories: [], wrongHashUploads: false, freshJobs: 16 },
  inventory: { archives: [4, 5, 6], jobs: [], inventories: ['JSON', 'CSV'], wrongHashUploads: false, inventoryWalks: [{ limit: 2, format: 'JSON' }] },
  errors: { archives: [2], jobs: [], inventories: [], wrongHashUploads: false, deletedArchive: true },
};

/** Whether the family reads prepared state: every family does, against any target that keeps state. */
export const isPrepared = (family: Family) => FAMILY_FIXTURES[family] !== undefined;

/**
 * The most InitiateJob a correct target takes from the family: its fixture jobs and
 * inventories, the pages of its inventory walks, and its fresh-job allowance.
 */
export function jobsOf(fixtures: FamilyFixtures): number {
  const walks = (fixtures.inventoryWalks ?? []).reduce((sum, walk) => sum + Math.ceil(fixtures.archives.length / walk.limit) + 1, 0);
  const refused = fixtures.jobs.filter((job) => job.shape.kind === 'unaligned' || job.shape.kind === 'outside').length;
  return fixtures.jobs.length - refused + fixtures.inventories.length + walks + (fixtures.freshJobs ?? 0);
}

/** The most uploads a correct target takes from the family (wrong-hash uploads are refused). */
export const uploadsOf = (fixtures: FamilyFixtures) => fixtures.archives.length + (fixtures.deletedArchive ? 1 : 0);
