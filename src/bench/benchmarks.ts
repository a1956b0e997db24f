import type { Benchmark } from './bench-result';
import { runJobOutputMemory } from './job-output-memory-benchmark';
import { runReferenceRate } from './reference-rate-benchmark';
import { runReferenceStream } from './reference-stream-benchmark';
import { runReferenceUploadMemory } from './reference-upload-memory-benchmark';
import { runTargetOverhead } from './target-overhead-benchmark';
import { runTreehashCli } from './treehash-cli-benchmark';
import { runTreehashMemory } from './treehash-memory-benchmark';
import { runTreehashThroughput } from './treehash-throughput-benchmark';
import { runVerdictLatency } from './verdict-latency-benchmark';

/**
 * Every benchmark `npm run bench` runs, in order, as data. A later issue adds its benchmark
 * by writing a module that returns a BenchResult and appending one entry here.
 */
export const BENCHMARKS: readonly Benchmark[] = [
  // First: its RSS baseline is cleanest before others have allocated hundreds of MiB.
  {
    name: 'treehash-memory',
    description: 'resident memory while tree-hashing a 4 GiB stream (issue 3)',
    run: runTreehashMemory,
  },
  {
    name: 'treehash-throughput',
    description: 'SHA-256 tree hash vs raw SHA-256 and @aws-sdk/sha256-tree-hash (issue 3)',
    run: runTreehashThroughput,
  },
  {
    name: 'treehash-cli',
    description: '`glacier-conformance treehash` vs `sha256sum` on a 1 GiB file (issue 3)',
    run: runTreehashCli,
  },
  {
    name: 'target-overhead',
    description: 'DescribeJob through the Glacier client vs a bare fetch loop, reference over HTTP (issue 5)',
    run: runTargetOverhead,
  },
  {
    name: 'target-job-output-memory',
    description: 'resident memory while the client streams a 4 GiB Get Job Output (issue 5)',
    run: runJobOutputMemory,
  },
  {
    name: 'reference-rate',
    description: '`serve` vs `mock` (Prism): DescribeJob and ListJobs(limit 50) request rates with autocannon (issue 4)',
    run: runReferenceRate,
  },
  {
    name: 'reference-stream',
    description: 'a 1 GiB job output from `serve` vs the same bytes from a local file, and serve RSS growth (issue 4)',
    run: runReferenceStream,
  },
  {
    name: 'reference-upload-memory',
    description: '`serve` RSS growth while it receives a 4 GiB UploadArchive, streamed to disk (issue 15)',
    run: runReferenceUploadMemory,
  },
  {
    name: 'verdict-latency',
    description: 'default run against serve --job-delay-ms L (L = 2 s, 20 s) and one fault per family: wall, verdict, footprint (issue 12)',
    run: runVerdictLatency,
  },
];
