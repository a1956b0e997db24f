import fc from 'fast-check';

export const MiB = 1024 * 1024;

/** The largest archive any command uploads: what bounds a run's upload bytes (run --plan). */
export const MAX_ARCHIVE_BYTES = 5 * MiB + 17;

/** Archive sizes around and across 1 MiB boundaries, up to several MiB (issue: "sizes around and across 1 MiB boundaries"). */
export const archiveSizeArb = fc.oneof(
  fc.integer({ min: 1, max: 4096 }),
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -3, max: 3 })).map(([mib, delta]) => mib * MiB + delta),
  fc.integer({ min: MiB + 1, max: MAX_ARCHIVE_BYTES }),
);

/**
 * Printable ASCII descriptions (§2.1), commas and quotes included; no backslash,
 * which §3.6 CSV leaves ambiguous, and no space at either end, which an HTTP
 * header (x-amz-archive-description) cannot carry.
 */
export const descriptionArb = fc.option(
  fc.string({ unit: fc.constantFrom(...' abcxyzABC0189-_.,:"\''.split('')), maxLength: 24 }).map((text) => text.trim()),
  { nil: undefined },
);

export const tierArb = fc.option(fc.constantFrom('Expedited', 'Standard', 'Bulk'), { nil: undefined });

/**
 * A RetrievalByteRange shape, made concrete against the archive at run time
 * (the archive is chosen by position, so its size is only known then).
 */
export type RetrievalShape =
  | { kind: 'none' }
  | { kind: 'tree-aligned'; level: number; index: number }
  | { kind: 'megabyte'; first: number; last: number; toEnd: boolean }
  | { kind: 'unaligned'; a: number; b: number }
  | { kind: 'outside'; extra: number };

export const retrievalShapeArb: fc.Arbitrary<RetrievalShape> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('tree-aligned' as const), level: fc.nat(3), index: fc.nat(7) }),
  fc.record({ kind: fc.constant('megabyte' as const), first: fc.nat(5), last: fc.nat(5), toEnd: fc.boolean() }),
  fc.record({ kind: fc.constant('unaligned' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('outside' as const), extra: fc.integer({ min: 1, max: 2 * MiB }) }),
);

/** A GetJobOutput Range shape, made concrete against the job output size at run time. */
export type OutputRangeShape =
  | { kind: 'none' }
  | { kind: 'tree-aligned'; level: number; index: number }
  | { kind: 'megabyte'; first: number; last: number; toEnd: boolean }
  | { kind: 'unaligned'; a: number; b: number }
  | { kind: 'last-byte' }
  | { kind: 'past-end'; extra: number };

export const outputRangeShapeArb: fc.Arbitrary<OutputRangeShape> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('tree-aligned' as const), level: fc.nat(3), index: fc.nat(7) }),
  fc.record({ kind: fc.constant('megabyte' as const), first: fc.nat(5), last: fc.nat(5), toEnd: fc.boolean() }),
  fc.record({ kind: fc.constant('unaligned' as const), a: fc.nat(), b: fc.nat() }),
  fc.constant({ kind: 'last-byte' as const }),
  fc.record({ kind: fc.constant('past-end' as const), extra: fc.nat(3 * MiB) }),
);
