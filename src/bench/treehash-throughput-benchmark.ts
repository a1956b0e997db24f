import { createHash, randomFillSync } from 'node:crypto';
import { TreeHash } from '@aws-sdk/sha256-tree-hash';
import { MIB } from '../treehash/byte-range';
import { TreeHasher } from '../treehash/tree-hasher';
import { targetCheck, type BenchResult } from './bench-result';
import { chunksOf, median, timeSeconds } from './measure';
import { NodeSha256, fromUtf8 } from './node-sha256';

const TOTAL = 512 * MIB;
const CHUNK = 64 * 1024;
const ROUNDS = 5;

type Contender = (chunks: readonly Buffer[]) => Promise<string>;

const CONTENDERS: Record<'raw' | 'ours' | 'aws', Contender> = {
  raw: async (chunks) => {
    const hash = createHash('sha256');
    for (const chunk of chunks) hash.update(chunk);
    return hash.digest('hex');
  },
  ours: async (chunks) => {
    const hasher = new TreeHasher();
    for (const chunk of chunks) hasher.update(chunk);
    return hasher.digestHex();
  },
  aws: async (chunks) => {
    const hash = new TreeHash(NodeSha256, fromUtf8);
    for (const chunk of chunks) hash.update(chunk);
    return Buffer.from(await hash.digest()).toString('hex');
  },
};

/**
 * Raw node:crypto SHA-256, our TreeHasher and @aws-sdk/sha256-tree-hash on the same 512 MiB,
 * fed in 64 KiB chunks. Rounds interleave the three (rotating who goes first) so that load
 * from other processes on a shared machine hits all of them alike; medians are compared.
 */
export async function runTreehashThroughput(): Promise<BenchResult> {
  const chunks = chunksOf(randomFillSync(Buffer.allocUnsafe(TOTAL)), CHUNK);
  const names = Object.keys(CONTENDERS) as (keyof typeof CONTENDERS)[];
  const seconds: Record<string, number[]> = { raw: [], ours: [], aws: [] };
  const digests: Record<string, string> = {};
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let i = 0; i < names.length; i += 1) {
      const name = names[(round + i) % names.length]!;
      seconds[name]!.push(await timeSeconds(async () => (digests[name] = await CONTENDERS[name](chunks))));
    }
  }
  if (digests.ours !== digests.aws) throw new Error(`tree hashes differ: ours ${digests.ours}, aws-sdk ${digests.aws}`);
  const rate = (name: string) => TOTAL / MIB / median(seconds[name]!);
  const best = (name: string) => TOTAL / MIB / Math.min(...seconds[name]!);
  return {
    measurements: [
      { label: 'raw node:crypto SHA-256 (median)', value: rate('raw'), unit: 'MiB/s' },
      { label: 'TreeHasher (median)', value: rate('ours'), unit: 'MiB/s' },
      { label: '@aws-sdk/sha256-tree-hash (median)', value: rate('aws'), unit: 'MiB/s' },
      { label: 'raw node:crypto SHA-256 (best)', value: best('raw'), unit: 'MiB/s' },
      { label: 'TreeHasher (best)', value: best('ours'), unit: 'MiB/s' },
      { label: '@aws-sdk/sha256-tree-hash (best)', value: best('aws'), unit: 'MiB/s' },
    ],
    targets: [
      targetCheck('TreeHasher / raw SHA-256', rate('ours') / rate('raw'), '×', '>=', 0.95),
      targetCheck('TreeHasher / @aws-sdk/sha256-tree-hash', rate('ours') / rate('aws'), '×', '>=', 2),
    ],
    notes: [
      `${TOTAL / MIB} MiB of random bytes in ${CHUNK / 1024} KiB chunks, ${ROUNDS} interleaved rounds; ratios use medians`,
      'aws-sdk TreeHash is given a node:crypto Sha256, so all three use the same SHA-256 primitive',
      `tree hash (ours = aws-sdk): ${digests.ours}`,
    ],
  };
}
