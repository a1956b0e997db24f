import type { ExchangeResponse } from '../core/exchange';

/** An inclusive byte range, as every range rule in glacier-jobs-api.md §3.4–§6 states it. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * One GetJobOutput of a completed job, with what the model expects of it.
 * The expectations are computed by the model (its own naive tree hash over the
 * bytes it generated), never by the system under test.
 */
export interface JobOutputObservation {
  readonly kind: 'archive' | 'inventory';
  /** Size of the job output: the retrieved range of the archive, or the inventory. */
  readonly outputSize: number;
  /** The Range sent, relative to the job output; undefined when none. */
  readonly requestRange?: ByteRange;
  readonly response: ExchangeResponse;
  readonly expected: {
    /** Linear SHA-256 of the bytes that must come back (archive jobs). */
    readonly sha256?: string;
    /** Whether the returned bytes form a tree-hash aligned range of the archive (§6), both job and request range. */
    readonly treeHashAligned: boolean;
    /** Whether they are only megabyte aligned in the M wording (§3.5 conflict). */
    readonly megabyteAligned: boolean;
  };
}

export const formatContentRange = (range: ByteRange, total: number) => `bytes ${range.start}-${range.end}/${total}`;
