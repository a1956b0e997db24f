import autocannon from 'autocannon';
import { GLACIER_API_VERSION, GLACIER_VERSION_HEADER } from '../core/glacier-api';
import { targetCheck, type BenchResult, type Measurement } from './bench-result';
import { startCliServer, type CliServer } from './cli-server';
import { median } from './measure';

/**
 * Prism enforces the model's SigV4 security scheme only as "an Authorization header is
 * present"; serve without --sigv4 ignores it. Both get the same headers.
 */
const HEADERS = {
  [GLACIER_VERSION_HEADER]: GLACIER_API_VERSION,
  authorization: 'AWS4-HMAC-SHA256 Credential=AKIDBENCH/20260101/us-east-1/glacier/aws4_request, SignedHeaders=host, Signature=0',
};
const DURATION_S = 3;
/** Alternating rounds per operation; the median damps load from other processes on the machine. */
const ROUNDS = 3;
const CONNECTIONS = 10;
const JOBS = 60;

/** Creates a vault with {@link JOBS} inventory jobs, so ListJobs limit=50 returns a full page. */
async function seed(url: string): Promise<string> {
  await fetch(`${url}/-/vaults/bench`, { method: 'PUT', headers: HEADERS });
  let jobId = '';
  for (let i = 0; i < JOBS; i++) {
    const response = await fetch(`${url}/-/vaults/bench/jobs`, { method: 'POST', headers: HEADERS, body: '{"Type":"inventory-retrieval"}' });
    jobId = response.headers.get('x-amz-job-id') ?? jobId;
  }
  return jobId;
}

/** Successful responses per second under the same autocannon load. */
async function rate(url: string): Promise<{ perSecond: number; non2xx: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: HEADERS });
  return { perSecond: result['2xx'] / result.duration, non2xx: result.non2xx + result.errors };
}

/**
 * `serve` against `mock` (Prism on the normalized model): DescribeJob and ListJobs(limit 50)
 * request rates with the same autocannon settings, both servers in child processes, in one run.
 */
export async function runReferenceRate(): Promise<BenchResult> {
  const servers: CliServer[] = [];
  try {
    const serve = await startCliServer(['serve', '--port', '0', '--job-delay-ms', '0']);
    servers.push(serve);
    const mock = await startCliServer(['mock', '--port', '0']);
    servers.push(mock);
    const jobId = await seed(serve.url);
    const paths = { DescribeJob: `/-/vaults/bench/jobs/${jobId}`, 'ListJobs(limit 50)': '/-/vaults/bench/jobs?limit=50' };
    const measurements: Measurement[] = [];
    const targets = [];
    const notes: string[] = [];
    for (const [operation, path] of Object.entries(paths)) {
      const oursRounds = [];
      const prismRounds = [];
      for (let round = 0; round < ROUNDS; round++) {
        oursRounds.push(await rate(`${serve.url}${path}`));
        prismRounds.push(await rate(`${mock.url}${path}`));
      }
      const ours = { perSecond: median(oursRounds.map((r) => r.perSecond)), non2xx: oursRounds.reduce((n, r) => n + r.non2xx, 0) };
      const prism = { perSecond: median(prismRounds.map((r) => r.perSecond)), non2xx: prismRounds.reduce((n, r) => n + r.non2xx, 0) };
      measurements.push({ label: `serve ${operation}`, value: ours.perSecond, unit: 'req/s' });
      measurements.push({ label: `mock ${operation}`, value: prism.perSecond, unit: 'req/s' });
      targets.push(targetCheck(`serve / mock, ${operation}`, ours.perSecond / prism.perSecond, '×', '>=', 5));
      notes.push(`${operation}: non-2xx or errors: serve ${ours.non2xx}, mock ${prism.non2xx}`);
    }
    notes.push(`autocannon ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${DURATION_S} s per server and operation, median; rates count 2xx responses only`);
    return { measurements, targets, notes };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}
