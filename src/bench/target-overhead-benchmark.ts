import type { ChildProcess } from 'node:child_process';
import { GLACIER_API_VERSION, GLACIER_VERSION_HEADER } from '../core/glacier-api';
import { staticCredentials } from '../transport/credentials';
import type { GlacierClient } from '../transport/glacier-client';
import { openTestTarget } from '../testing/test-target';
import { startListening } from '../testing/cli-process';
import { targetCheck, type BenchResult } from './bench-result';
import { median } from './measure';

const REQUESTS = 2000;
const ROUNDS = 5;
const LIMITS = { connectTimeoutMs: 5000, firstByteTimeoutMs: 10_000, idleBodyTimeoutMs: 10_000 };

/** `glacier-conformance serve` in a child process, so the server's CPU is not billed to either loop. */
async function startServe(): Promise<{ child: ChildProcess; url: string }> {
  return startListening(['serve', '--port', '0', '--job-delay-ms', '0'], process.env, { stderr: 'inherit' });
}

/** A vault with one archive-retrieval job, made through the client: the object every loop describes. */
async function fixtureJob(client: GlacierClient): Promise<string> {
  await client.createVault({ vaultName: 'bench' });
  const upload = await client.uploadArchive({ vaultName: 'bench', body: Buffer.from('bench archive') });
  if (!upload.outcome.ok) throw new Error(`upload failed: ${upload.outcome.failure.message}`);
  const job = await client.initiateJob({ vaultName: 'bench', jobParameters: { Type: 'archive-retrieval', ArchiveId: upload.outcome.value.archiveId } });
  if (!job.outcome.ok || !job.outcome.value.jobId) throw new Error('initiate job failed');
  return job.outcome.value.jobId;
}

async function rate(loop: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await loop();
  return REQUESTS / (Number(process.hrtime.bigint() - start) / 1e9);
}

/**
 * Per-request overhead of the transport (issue 5): DescribeJob through the client against
 * the reference over HTTP, against a bare `fetch` loop sending the same request to the same
 * server in the same run. Rounds alternate so load from other processes hits both alike.
 */
export async function runTargetOverhead(): Promise<BenchResult> {
  const { child, url } = await startServe();
  const credentials = staticCredentials({ accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench-secret' });
  const plain = await openTestTarget(url, LIMITS);
  const signedTarget = await openTestTarget(url, { ...LIMITS, signing: 'sigv4', region: 'us-east-1' }, { credentials });
  const targets = [plain, signedTarget];
  try {
    const { client } = plain;
    const signed = signedTarget.client;
    const jobId = await fixtureJob(client);
    const input = { vaultName: 'bench', jobId };
    const jobUrl = `${url}/-/vaults/bench/jobs/${encodeURIComponent(jobId)}`;
    const ours = async () => {
      for (let i = 0; i < REQUESTS; i += 1) if (!(await client.describeJob(input)).outcome.ok) throw new Error('DescribeJob failed');
    };
    const oursSigned = async () => {
      for (let i = 0; i < REQUESTS; i += 1) if (!(await signed.describeJob(input)).outcome.ok) throw new Error('DescribeJob failed');
    };
    const bare = async () => {
      for (let i = 0; i < REQUESTS; i += 1) await (await fetch(jobUrl, { headers: { [GLACIER_VERSION_HEADER]: GLACIER_API_VERSION } })).json();
    };
    await ours();
    await bare();
    const rates = { ours: [] as number[], signed: [] as number[], bare: [] as number[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      rates.ours.push(await rate(ours));
      rates.bare.push(await rate(bare));
      rates.signed.push(await rate(oursSigned));
    }
    const [client_, signed_, bare_] = [median(rates.ours), median(rates.signed), median(rates.bare)];
    return {
      measurements: [
        { label: 'client DescribeJob, unsigned (median)', value: client_, unit: 'req/s' },
        { label: 'client DescribeJob, SigV4-signed (median)', value: signed_, unit: 'req/s' },
        { label: 'bare fetch DescribeJob (median)', value: bare_, unit: 'req/s' },
      ],
      targets: [targetCheck('client rate / bare fetch rate', client_ / bare_, '×', '>=', 0.8)],
      notes: [
        `${ROUNDS} alternating rounds of ${REQUESTS} sequential requests each, after one warm-up round each; server: glacier-conformance serve in a child process`,
        'the client loop includes request building, timers, body limits, JSON parsing, redaction and the exchange record',
      ],
    };
  } finally {
    await Promise.all(targets.map((target) => target.close()));
    child.kill();
  }
}
