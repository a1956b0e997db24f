import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { GLACIER_API_VERSION, GLACIER_VERSION_HEADER } from '../core/glacier-api';
import { MIB } from '../treehash/byte-range';
import { writeArchive } from './bench-archive';
import { targetCheck, type BenchResult } from './bench-result';
import { startCliServer } from './cli-server';
import { median } from './measure';

const SIZE = 1024 * MIB;
const BLOCK = 16 * MIB;
const RUNS = 5;
const VERSION = { [GLACIER_VERSION_HEADER]: GLACIER_API_VERSION };

/** The client code both sources go through: read everything, keep nothing, count bytes. */
async function discard(stream: Readable): Promise<number> {
  // 'data' events, not async iteration: the loop's own per-chunk cost would otherwise be what is measured.
  return new Promise((resolve, reject) => {
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
    stream.once('end', () => resolve(bytes));
    stream.once('error', reject);
  });
}


function call(url: string, method: string, headers: Record<string, string>, body?: Readable | string): Promise<{ status: number; headers: Record<string, unknown>; stream: Readable }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...VERSION, ...headers } }, (res) => resolve({ status: res.statusCode!, headers: res.headers, stream: res }));
    req.on('error', reject);
    if (body === undefined || typeof body === 'string') req.end(body);
    else body.pipe(req);
  });
}

interface Timing {
  readonly wall: number;
  /** CPU seconds the client (this process) spent: where the time goes when it is CPU-bound. */
  readonly clientCpu: number;
}

async function timed(work: () => Promise<number>): Promise<Timing> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const bytes = await work();
  if (bytes !== SIZE) throw new Error(`read ${bytes} bytes, expected ${SIZE}`);
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, clientCpu: (used.user + used.system) / 1e6 };
}

/**
 * A 1 GiB job output streamed from `serve` (a child process) to a client that discards it,
 * against the same client code reading the same bytes from a local file (page cache warm).
 * The server's RSS is sampled every 20 ms while it streams, against its RSS after the upload.
 */
export async function runReferenceStream(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'glacier-bench-'));
  const server = await startCliServer(['serve', '--port', '0', '--job-delay-ms', '0', '--max-archive-bytes', String(SIZE)]);
  try {
    const file = join(dir, 'archive.bin');
    const hash = writeArchive(file, SIZE, BLOCK);
    await discard(createReadStream(file));
    await discard((await call(`${server.url}/-/vaults/bench`, 'PUT', {})).stream);
    const upload = await call(`${server.url}/-/vaults/bench/archives`, 'POST', { 'content-length': String(statSync(file).size), 'x-amz-sha256-tree-hash': hash }, createReadStream(file));
    await discard(upload.stream);
    if (upload.status !== 201) throw new Error(`upload answered ${upload.status}`);
    const body = JSON.stringify({ Type: 'archive-retrieval', ArchiveId: upload.headers['x-amz-archive-id'] });
    const job = await call(`${server.url}/-/vaults/bench/jobs`, 'POST', {}, body);
    await discard(job.stream);
    const output = `${server.url}/-/vaults/bench/jobs/${job.headers['x-amz-job-id']}/output`;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const baseline = server.rss();
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, server.rss())), 20);
    const http: Timing[] = [];
    const local: Timing[] = [];
    const serverCpuBefore = server.cpuSeconds();
    try {
      for (let run = 0; run < RUNS; run++) {
        http.push(await timed(async () => discard((await call(output, 'GET', {})).stream)));
        local.push(await timed(() => discard(createReadStream(file))));
      }
    } finally {
      clearInterval(sampler);
    }
    const serverCpu = (server.cpuSeconds() - serverCpuBefore) / RUNS;
    const wall = (timings: Timing[]) => median(timings.map((t) => t.wall));
    const cpu = (timings: Timing[]) => median(timings.map((t) => t.clientCpu));
    const rate = (s: number) => SIZE / MIB / s;
    return {
      measurements: [
        { label: 'serve → client (median)', value: rate(wall(http)), unit: 'MiB/s' },
        { label: 'local file → client (median)', value: rate(wall(local)), unit: 'MiB/s' },
        { label: 'client CPU per GiB from serve (median)', value: cpu(http), unit: 's' },
        { label: 'client CPU per GiB from the file (median)', value: cpu(local), unit: 's' },
        { label: 'serve CPU per GiB streamed', value: serverCpu, unit: 's' },
        { label: 'serve RSS after upload', value: baseline / MIB, unit: 'MiB' },
        { label: 'serve RSS peak while streaming', value: peak / MIB, unit: 'MiB' },
      ],
      targets: [
        targetCheck('serve rate / local file rate', wall(local) / wall(http), '×', '>=', 0.7),
        targetCheck('serve RSS growth while streaming 1 GiB', (peak - baseline) / MIB, 'MiB', '<', 64),
      ],
      notes: [`1 GiB archive uploaded to serve (child process); ${RUNS} alternating runs each, same discard loop; RSS from /proc every 20 ms`],
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
