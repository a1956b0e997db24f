/**
 * SHA-256 tree hash and the byte-range rules of Glacier jobs (glacier-jobs-api.md §3.4, §3.5,
 * §5, §6). Pure: no I/O beyond node:crypto. Ranges are `{ start, end }` with an inclusive end.
 */

/* Byte ranges */
export { MIB, byteRangeLength, isRangeWithin, parseStartEnd, wholeRange } from './byte-range';
export type { ByteRange } from './byte-range';

/* Tree hash */
export { TreeHasher } from './tree-hasher';
export { treeHash, treeHashOfRange, leafDigests } from './tree-hash';
export { combineDigests, hashPair } from './combine-digests';

/* Range rules */
export { isMegabyteAligned, parseRetrievalByteRange, formatRetrievalByteRange } from './retrieval-byte-range';
export { isTreeHashAligned, treeHashAlignedRanges } from './tree-hash-alignment';
export { parseRangeHeader, formatRangeHeader } from './range-header';
export { parseContentRange, formatContentRange } from './content-range';
export type { ContentRange } from './content-range';
