import { createHash, randomFillSync } from 'node:crypto';
import { TreeHash } from '@aws-sdk/sha256-tree-hash';
import { MIB } from '../treehash/byte-range';
import { TreeHasher } from '../treehash/tree-hasher';
import { targetCheck, type BenchResult } from './bench-result';
import { chunksOf, collectGarbage, median } from './measure';
import { NodeSha256, fromUtf8 } from './node-sha256';

const TOTAL = 512 * MIB;
const CHUNK = 64 * 1024;
const SLICE = 64 * MIB;
const ROUNDS = 5;

/** A hash in progress: chunks go in, a hex digest comes out. */
interface Running {
  update(chunk: Buffer): void;
  finish(): Promise<string>;
}

const CONTENDERS = {
  raw: (): Running => {
    const hash = createHash('sha256');
    return { update: (chunk) => void hash.update(chunk), finish: async () => hash.digest('hex') };
  },
  ours: (): Running => {
    const hasher = new TreeHasher();
    return { update: (chunk) => void hasher.update(chunk), finish: async () => hasher.digestHex() };
  },
  aws: (): Running => {
    const hash = new TreeHash(NodeSha256, fromUtf8);
    return { update: (chunk) => hash.update(chunk), finish: async () => Buffer.from(await hash.digest()).toString('hex') };
  },
} as const;
type Name = keyof typeof CONTENDERS;
const NAMES = Object.keys(CONTENDERS) as Name[];

/** Seconds each contender spends on one pass over `chunks`, taking turns every 64 MiB slice. */
async function interleavedPass(
  chunks: readonly Buffer[],
  round: number,
): Promise<{ seconds: Record<Name, number>; digests: Record<Name, string> }> {
  const running = { raw: CONTENDERS.raw(), ours: CONTENDERS.ours(), aws: CONTENDERS.aws() };
  const seconds = { raw: 0, ours: 0, aws: 0 };
  const perSlice = SLICE / CHUNK;
  for (let first = 0, turn = round; first < chunks.length; first += perSlice, turn += 1) {
    for (let i = 0; i < NAMES.length; i += 1) {
      const name = NAMES[(turn + i) % NAMES.length]!;
      collectGarbage(); // each contender's garbage is collected outside everyone's timing
      const start = process.hrtime.bigint();
      for (let c = first; c < first + perSlice && c < chunks.length; c += 1) running[name].update(chunks[c]!);
      seconds[name] += Number(process.hrtime.bigint() - start) / 1e9;
    }
  }
  const digests = { raw: '', ours: '', aws: '' };
  for (const name of NAMES) {
    const start = process.hrtime.bigint();
    digests[name] = await running[name].finish();
    seconds[name] += Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { seconds, digests };
}

/**
 * Raw node:crypto SHA-256, our TreeHasher and @aws-sdk/sha256-tree-hash on the same 512 MiB,
 * fed in 64 KiB chunks. The three take turns every 64 MiB (rotating who goes first), so that
 * load from other processes on a shared machine hits all of them alike.
 */
export async function runTreehashThroughput(): Promise<BenchResult> {
  const chunks = chunksOf(randomFillSync(Buffer.allocUnsafe(TOTAL)), CHUNK);
  const seconds: Record<Name, number[]> = { raw: [], ours: [], aws: [] };
  let digests: Record<Name, string> = { raw: '', ours: '', aws: '' };
  for (let round = 0; round < ROUNDS; round += 1) {
    const pass = await interleavedPass(chunks, round);
    NAMES.forEach((name) => seconds[name].push(pass.seconds[name]));
    digests = pass.digests;
  }
  if (digests.ours !== digests.aws) throw new Error(`tree hashes differ: ours ${digests.ours}, aws-sdk ${digests.aws}`);
  const medianRate = (name: Name) => TOTAL / MIB / median(seconds[name]);
  const bestRate = (name: Name) => TOTAL / MIB / Math.min(...seconds[name]);
  return {
    measurements: [
      { label: 'raw node:crypto SHA-256 (median)', value: medianRate('raw'), unit: 'MiB/s' },
      { label: 'TreeHasher (median)', value: medianRate('ours'), unit: 'MiB/s' },
      { label: '@aws-sdk/sha256-tree-hash (median)', value: medianRate('aws'), unit: 'MiB/s' },
      { label: 'raw node:crypto SHA-256 (best)', value: bestRate('raw'), unit: 'MiB/s' },
      { label: 'TreeHasher (best)', value: bestRate('ours'), unit: 'MiB/s' },
      { label: '@aws-sdk/sha256-tree-hash (best)', value: bestRate('aws'), unit: 'MiB/s' },
      { label: 'TreeHasher / raw SHA-256 (best)', value: bestRate('ours') / bestRate('raw'), unit: '×' },
      { label: 'TreeHasher / aws-sdk (best)', value: bestRate('ours') / bestRate('aws'), unit: '×' },
    ],
    targets: [
      targetCheck('TreeHasher / raw SHA-256 (median)', medianRate('ours') / medianRate('raw'), '×', '>=', 0.95),
      targetCheck('TreeHasher / aws-sdk (median)', medianRate('ours') / medianRate('aws'), '×', '>=', 2),
    ],
    notes: [
      `${TOTAL / MIB} MiB of random bytes in ${CHUNK / 1024} KiB chunks; ${ROUNDS} rounds, contenders alternate every ${SLICE / MIB} MiB`,
      'aws-sdk TreeHash is given a node:crypto Sha256, so all three use the same SHA-256 primitive',
      `tree hash (ours = aws-sdk): ${digests.ours}`,
    ],
  };
}
