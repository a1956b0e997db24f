/**
 * The §6 fixture table of glacier-jobs-api.md for the 3,145,733-byte pattern archive,
 * as data, so the core test and the real-HTTP test check the same rows. `hash` is the
 * expected x-amz-sha256-tree-hash, or null where the DG rule (our reading of §7 item 4)
 * says the header is absent. Test support only.
 */
import { PATTERN_HASHES, PATTERN_SIZE } from './pattern-archive-fixture';

export { PATTERN_SIZE };
export const HASHES = PATTERN_HASHES;

export interface OutputFixture {
  /** The job's RetrievalByteRange, or null for the whole archive. */
  readonly retrieval: string | null;
  /** The Get Job Output Range header, or null for none. */
  readonly range: string | null;
  readonly status: 200 | 206;
  readonly contentRange: string | null;
  /** Archive offsets of the returned bytes, inclusive. */
  readonly archiveStart: number;
  readonly archiveEnd: number;
  readonly hash: string | null;
}

const whole = (range: string | null, start: number, end: number, hash: string | null): OutputFixture => ({
  retrieval: null,
  range,
  status: range === null ? 200 : 206,
  contentRange: range === null ? null : `bytes ${start}-${end}/${PATTERN_SIZE}`,
  archiveStart: start,
  archiveEnd: end,
  hash,
});

export const SECTION6_FIXTURES: readonly OutputFixture[] = [
  whole(null, 0, 3145732, HASHES.root),
  whole('bytes=0-1048575', 0, 1048575, HASHES.L0),
  whole('bytes=1048576-2097151', 1048576, 2097151, HASHES.L1),
  whole('bytes=0-2097151', 0, 2097151, HASHES.L01),
  whole('bytes=2097152-3145732', 2097152, 3145732, HASHES.L23),
  whole('bytes=3145728-3145732', 3145728, 3145732, HASHES.L3),
  // MB aligned but not tree-hash aligned: absent per the DG rule we follow (§7 item 4).
  whole('bytes=1048576-3145727', 1048576, 3145727, null),
  whole('bytes=0-3145727', 0, 3145727, null),
  whole('bytes=1048576-3145732', 1048576, 3145732, null),
  whole('bytes=0-1023', 0, 1023, null),
  // The RetrievalByteRange "2097152-3145732" job: offsets relative to the retrieved range (§3.5).
  { retrieval: '2097152-3145732', range: null, status: 200, contentRange: null, archiveStart: 2097152, archiveEnd: 3145732, hash: HASHES.L23 },
  { retrieval: '2097152-3145732', range: 'bytes=0-1048575', status: 206, contentRange: 'bytes 0-1048575/1048581', archiveStart: 2097152, archiveEnd: 3145727, hash: HASHES.L2 },
  { retrieval: '2097152-3145732', range: 'bytes=1048576-1048580', status: 206, contentRange: 'bytes 1048576-1048580/1048581', archiveStart: 3145728, archiveEnd: 3145732, hash: HASHES.L3 },
  { retrieval: '2097152-3145732', range: 'bytes=0-1023', status: 206, contentRange: 'bytes 0-1023/1048581', archiveStart: 2097152, archiveEnd: 2098175, hash: null },
  // MB aligned, not tree-hash aligned: accepted, but no checksum on any download (§6).
  { retrieval: '1048576-3145727', range: null, status: 200, contentRange: null, archiveStart: 1048576, archiveEnd: 3145727, hash: null },
  { retrieval: '1048576-3145727', range: 'bytes=0-1048575', status: 206, contentRange: 'bytes 0-1048575/2097152', archiveStart: 1048576, archiveEnd: 2097151, hash: null },
];
