import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { MIB } from '../treehash/byte-range';
import { openTestTarget } from '../testing/test-target';
import { targetCheck, type BenchResult } from './bench-result';
import { settleMemory } from './measure';

const TOTAL = 4 * 1024 * MIB;

/**
 * A Get Job Output endpoint in a child process (so its memory is not ours) that streams
 * TOTAL bytes (or `?bytes=N`) cycled from one 64 KiB buffer with backpressure.
 */
const SERVER = `
const chunk = require('node:crypto').randomBytes(64 * 1024);
require('node:http').createServer((req, res) => {
  const total = Number(new URL(req.url, 'http://x').searchParams.get('bytes') ?? process.env.TOTAL);
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(total) });
  let sent = 0;
  const pump = () => {
    while (sent < total) {
      const n = Math.min(chunk.length, total - sent);
      sent += n;
      if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}).listen(0, '127.0.0.1', function () { process.stdout.write(this.address().port + '\\n'); });
`;

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['-e', SERVER], { env: { TOTAL: String(TOTAL) }, stdio: ['ignore', 'pipe', 'inherit'] });
  const [data] = (await once(child.stdout!, 'data')) as [Buffer];
  return { child, url: `http://127.0.0.1:${data.toString().trim()}` };
}

/**
 * Resident-memory growth of this process while the client downloads a 4 GiB job output
 * through the tree hasher, SHA-256 and byte counter (issue 5: < 64 MiB).
 */
export async function runJobOutputMemory(): Promise<BenchResult> {
  const { child, url } = await startServer();
  const target = await openTestTarget(url, { connectTimeoutMs: 5000, firstByteTimeoutMs: 30_000, idleBodyTimeoutMs: 30_000 });
  try {
    const { client } = target;
    // Warm-up: undici's WASM parser, the socket and the JIT are paid once, not per byte.
    await client.raw({ operation: 'WarmUp', method: 'GET', segments: ['warm-up'], query: [['bytes', String(64 * MIB)]], mode: 'stream' });
    await settleMemory();
    const baseline = process.memoryUsage.rss();
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
    const start = process.hrtime.bigint();
    const exchange = await client.getJobOutput({ vaultName: 'bench', jobId: 'four-gib' });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage.rss());
    if (!exchange.outcome.ok) throw new Error(`download failed: ${exchange.outcome.failure.message}`);
    const digest = exchange.outcome.value;
    return {
      measurements: [
        { label: 'bytes received', value: digest.bytes / MIB, unit: 'MiB' },
        { label: 'RSS before', value: baseline / MIB, unit: 'MiB' },
        { label: 'RSS peak', value: peak / MIB, unit: 'MiB' },
        { label: 'throughput', value: digest.bytes / MIB / seconds, unit: 'MiB/s' },
      ],
      targets: [
        targetCheck('RSS growth downloading 4 GiB', (peak - baseline) / MIB, 'MiB', '<', 64),
        targetCheck('bytes received / sent', digest.bytes / TOTAL, '×', '>=', 1),
      ],
      notes: [
        'GetJobOutput via createHttpTarget from a child-process server streaming 4 GiB of one reused 64 KiB buffer; RSS sampled every 50 ms',
        'baseline after a 64 MiB warm-up download and a full GC (one-time costs: undici WASM parser, socket, JIT)',
        `tree hash ${digest.treeHash}, text kept: ${!digest.textDropped}`,
      ],
    };
  } finally {
    await target.close();
    child.kill();
  }
}
