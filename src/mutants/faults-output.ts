import type { ByteSource } from '../reference/byte-source';
import { createHash } from 'node:crypto';
import { MIB, hashPair, isMegabyteAligned } from '../treehash';
import type { Fault } from './faults';
import { resolveOutputRange } from '../reference/output-range';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

/** §5 with one mistake: an odd last node is paired with itself instead of promoted. */
function duplicatingOddNode(leaves: readonly Uint8Array[]): string {
  let level = leaves;
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(hashPair(level[i]!, level[i + 1] ?? level[i]!));
    level = next;
  }
  return Buffer.from(level[0]!).toString('hex');
}

/** §5 with one mistake: leaves of 1,000,000 bytes (a decimal megabyte) instead of 1 MiB. */
function decimalMegabyteLeaves(bytes: ByteSource): string {
  let level: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += 1_000_000) level.push(sha256(bytes.subarray(offset, offset + 1_000_000)));
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(hashPair(level[i]!, level[i + 1]!));
    if (level.length % 2 === 1) next.push(level.at(-1)!);
    level = next;
  }
  return Buffer.from(level[0] ?? sha256(bytes.subarray(0, 0))).toString('hex');
}

/** Get Job Output ranges and RetrievalByteRange (§2.4, §3.4, §3.5), then tree hashes (§5, §6). */
export const OUTPUT_FAULTS: readonly Fault[] = [
  {
    name: 'exclusive-range-end',
    family: 'byte-ranges',
    description: 'GetJobOutput treats the end of Range as exclusive and returns one byte less',
    rules: {
      resolveOutputRange: (header, size) => {
        const resolved = resolveOutputRange(header, size);
        return 'kind' in resolved && resolved.kind === 'partial' && resolved.range.end > resolved.range.start
          ? { kind: 'partial', range: { start: resolved.range.start, end: resolved.range.end - 1 } }
          : resolved;
      },
    },
  },
  {
    name: 'content-range-total-is-length',
    family: 'byte-ranges',
    description: 'Content-Range names the length of the part returned as its total, not the size of the job output',
    rules: { contentRange: (range) => `bytes ${range.start}-${range.end}/${range.end - range.start + 1}` },
  },
  {
    name: 'range-ignored',
    family: 'byte-ranges',
    description: 'GetJobOutput ignores Range and always sends the whole output with 200',
    rules: { resolveOutputRange: (_header, size) => resolveOutputRange(undefined, size) },
  },
  {
    name: 'partial-output-200',
    family: 'byte-ranges',
    description: 'GetJobOutput sends the requested part with Content-Range but status 200 instead of 206',
    rules: { outputStatus: () => 200 },
  },
  {
    name: 'unaligned-retrieval-accepted',
    family: 'byte-ranges',
    description: 'InitiateJob accepts any RetrievalByteRange inside the archive, megabyte aligned or not',
    rules: { isRetrievalRangeAccepted: (range, size) => range.start <= range.end && range.end < size },
  },
  {
    name: 'retrieval-to-end-rejected',
    family: 'byte-ranges',
    description: 'InitiateJob rejects a megabyte-aligned RetrievalByteRange that runs to the archive\'s end off a 1 MiB boundary',
    rules: { isRetrievalRangeAccepted: (range, size) => isMegabyteAligned(range, size) && (range.end + 1) % MIB === 0 },
  },
  {
    name: 'plain-sha256',
    family: 'tree-hash',
    description: 'Output checksums are the linear SHA-256 of the bytes instead of their tree hash',
    rules: { rangeTreeHash: (archive, range) => sha256(archive.bytes.subarray(range.start, range.end + 1)).toString('hex') },
  },
  {
    name: 'odd-node-duplicated',
    family: 'tree-hash',
    description: 'Tree hashes pair an odd last node with itself instead of promoting it (uploads of 3 MiB are refused)',
    rules: { payloadTreeHash: (leaves) => duplicatingOddNode(leaves) },
  },
  {
    name: 'decimal-megabyte-leaves',
    family: 'tree-hash',
    description: 'Tree hashes are built from 1,000,000-byte leaves instead of 1 MiB ones',
    rules: { payloadTreeHash: (_leaves, bytes) => decimalMegabyteLeaves(bytes) },
  },
  {
    name: 'tree-hash-header-on-unaligned-range',
    family: 'tree-hash',
    description: 'GetJobOutput sends x-amz-sha256-tree-hash for every range, aligned or not',
    rules: { isChecksumReturned: () => true },
  },
  {
    name: 'whole-archive-hash-on-partial-output',
    family: 'tree-hash',
    description: 'The checksum of part of an archive (ranged output, ranged retrieval) is the whole archive\'s tree hash',
    rules: { rangeTreeHash: (archive) => archive.treeHash },
  },
  {
    name: 'upload-hash-unchecked',
    family: 'tree-hash',
    description: 'UploadArchive stores the body whatever x-amz-sha256-tree-hash says',
    rules: { isUploadTreeHashAccepted: () => true },
  },
];
