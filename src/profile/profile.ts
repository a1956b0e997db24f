import type { OutputTreeHashReading } from '../checks/tree-hash-checks';

export type ListJobsOrder = 'oldest-first' | 'monotone';
export type LimitAboveMax = 'rejected' | 'rejected-or-clamped';

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
    description: 'Today\'s AWS documentation: ListJobs limit 1–50, default 50; what the sources leave open is accepted either way (§9): either monotone ListJobs order, a limit above 50 refused or clamped, the output checksum on megabyte-aligned ranges present or absent',
    listJobsLimit: { min: 1, max: 50, default: 50 },
    outputTreeHash: 'either',
    listJobsOrder: 'monotone',
    limitAboveMax: 'rejected-or-clamped',
    stateless: false,
    knownDeviations: [],
  },
  'aws-2012': {
    name: 'aws-2012',
    description: 'The seed\'s era (2012–2017 developer guide): ListJobs limit 1–1000, default 1000; either reading of the output checksum rule',
    listJobsLimit: { min: 1, max: 1000, default: 1000 },
    outputTreeHash: 'either',
    listJobsOrder: 'monotone',
    limitAboveMax: 'rejected-or-clamped',
    stateless: false,
    knownDeviations: [],
  },
  reference: {
    name: 'reference',
    description: 'The embedded reference (the default without --target) and glacier-conformance serve with a --job-delay-ms under 60 000: the strict readings (oldest first, a limit above 50 refused, the tree-hash-aligned checksum rule), and every job completes within 60 s',
    listJobsLimit: { min: 1, max: 50, default: 50 },
    outputTreeHash: 'tree-hash-aligned',
    listJobsOrder: 'oldest-first',
    limitAboveMax: 'rejected',
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
    stateless: true,
    knownDeviations: [],
  },
};

export const DEFAULT_PROFILE = 'aws';

/** Without --target the suite tests its own embedded reference, whose job delay is known. */
export const EMBEDDED_PROFILE = 'reference';
