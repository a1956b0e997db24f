import type { InventoryJobTier } from '../checks/spec-checks';
import type { OutputTreeHashReading } from '../checks/tree-hash-checks';

export type { InventoryJobTier };

export type ListJobsOrder = 'oldest-first' | 'monotone';
export type LimitAboveMax = 'rejected' | 'rejected-or-clamped';
/**
 * §3.6, §9.2: what an inventory lists: the vault as of the job's initiation (`live`), or the
 * vault's last daily snapshot as of the output's InventoryDate (`snapshot`: an archive uploaded
 * after it may be absent, one deleted after it may still be listed).
 */
export type InventoryContents = 'live' | 'snapshot';

/** A deviation a profile declares: a failure of `check` is reported as `known`, not `failed`. */
export interface KnownDeviation {
  readonly check: string;
  readonly reason: string;
}

/**
 * What a target is held to where glacier-jobs-api.md §7 lists conflicts, plus
 * the deviations its owner accepts. A conflict point never fails a target
 * unless the profile picks a reading (design.md "Checks").
 */
export interface Profile {
  readonly name: string;
  readonly description: string;
  /** §3.2, §7.6: the ListJobs limit range and default. */
  readonly listJobsLimit: { readonly min: number; readonly max: number; readonly default: number };
  /** §3.5, §7.4: when GetJobOutput owes x-amz-sha256-tree-hash. */
  readonly outputTreeHash: OutputTreeHashReading;
  /** §3.2, §9: ListJobs order, oldest first (the developer guide) or either monotone order (botocore's example lists newest first). */
  readonly listJobsOrder: ListJobsOrder;
  /** §3.2, §9: a limit above the maximum is refused, or refused or clamped (the documented maximum was 1000 until 2017). */
  readonly limitAboveMax: LimitAboveMax;
  /** §3.3, §9: whether an inventory job's `Tier` may be null (spec.response-body). */
  readonly inventoryJobTier: InventoryJobTier;
  /** §3.6, §9.2: live vault or last snapshot (inventory.lists-vault-archives, inventory.limit-marker-continuation). */
  readonly inventoryContents: InventoryContents;
  /** A stateless target (a Prism mock): only per-response checks apply, stateful ones are `not-run`. */
  readonly stateless: boolean;
  /**
   * The longest a job may stay InProgress on this target, when its owner promises one
   * (lifecycle.completes-within-bound). AWS promises none: §2.1's latencies are typical values.
   */
  readonly jobCompletionBoundMs?: number;
  readonly knownDeviations: readonly KnownDeviation[];
}

/** The built-in profiles, by name. */
export const PROFILES: Readonly<Record<string, Profile>> = {
  aws: {
    name: 'aws',
    description: 'Today\'s AWS documentation: ListJobs limit 1–50, default 50; what the sources leave open is accepted either way (§9): either monotone ListJobs order, a limit above 50 refused or clamped, the output checksum on megabyte-aligned ranges present or absent, Tier null or absent on inventory jobs, an inventory as of its InventoryDate (the vault\'s last daily snapshot)',
    listJobsLimit: { min: 1, max: 50, default: 50 },
    outputTreeHash: 'either',
    listJobsOrder: 'monotone',
    limitAboveMax: 'rejected-or-clamped',
    inventoryJobTier: 'string-null-or-absent',
    inventoryContents: 'snapshot',
    stateless: false,
    knownDeviations: [],
  },
  'aws-2012': {
    name: 'aws-2012',
    description: 'The seed\'s era (2012–2017 developer guide): ListJobs limit 1–1000, default 1000; the same open readings as aws',
    listJobsLimit: { min: 1, max: 1000, default: 1000 },
    outputTreeHash: 'either',
    listJobsOrder: 'monotone',
    limitAboveMax: 'rejected-or-clamped',
    inventoryJobTier: 'string-null-or-absent',
    inventoryContents: 'snapshot',
    stateless: false,
    knownDeviations: [],
  },
  reference: {
    name: 'reference',
    description: 'The embedded reference (the default without --target) and glacier-conformance serve with a --job-delay-ms under 60 000: the strict readings (oldest first, a limit above 50 refused, the tree-hash-aligned checksum rule, an inventory job\'s Tier a tier or absent, an inventory listing the vault as of the job), and every job completes within 60 s',
    listJobsLimit: { min: 1, max: 50, default: 50 },
    outputTreeHash: 'tree-hash-aligned',
    listJobsOrder: 'oldest-first',
    limitAboveMax: 'rejected',
    inventoryJobTier: 'string-or-absent',
    inventoryContents: 'live',
    stateless: false,
    // The embedded reference completes jobs 3 s after InitiateJob (virtual time), serve 1 s by default.
    jobCompletionBoundMs: 60_000,
    knownDeviations: [],
  },
  prism: {
    name: 'prism',
    description: 'A stateless mock of the normalized model (glacier-conformance mock): per-response checks only',
    listJobsLimit: { min: 1, max: 50, default: 50 },
    outputTreeHash: 'either',
    listJobsOrder: 'oldest-first',
    limitAboveMax: 'rejected',
    inventoryJobTier: 'string-or-absent',
    inventoryContents: 'live',
    stateless: true,
    knownDeviations: [],
  },
};

export const DEFAULT_PROFILE = 'aws';

/** Without --target the suite tests its own embedded reference, whose job delay is known. */
export const EMBEDDED_PROFILE = 'reference';
