import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, type Clock } from '../core/clock';
import type { Sleep } from './sleep';
import { startHttpServer } from '../testing/test-servers';
import { openTestTarget } from '../testing/test-target';

const LIMITS = { connectTimeoutMs: 500, firstByteTimeoutMs: 500, idleBodyTimeoutMs: 500 };
const RETRY = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 10_000 };
const cleanup: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((item) => item.close()));
});

function awsError(res: ServerResponse, status: number, code: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ code, message: `${code} from the test server`, type: 'Client' }));
}

/** A server answering with `answers[i]` for its i-th request, then with the last one forever. */
async function scripted(answers: ((res: ServerResponse) => void)[]) {
  const seen = { requests: 0 };
  const server = await startHttpServer((_req, res) => {
    const answer = answers[Math.min(seen.requests, answers.length - 1)]!;
    seen.requests += 1;
    answer(res);
  });
  cleanup.push(server);
  return { url: server.url, seen };
}

/** The production wiring with a recording sleep, a fixed jitter and the test's retry policy. */
async function clientFor(url: string, overrides: { timeBudgetMs?: number; clock?: Clock; idleBodyTimeoutMs?: number } = {}) {
  const delays: number[] = [];
  const sleep: Sleep = async (ms) => void delays.push(ms);
  const { clock, ...config } = overrides;
  const opened = await openTestTarget(url, { ...LIMITS, retry: RETRY, ...config }, { sleep, random: () => 0.5, ...(clock ? { clock } : {}) });
  cleanup.push(opened);
  return { client: opened.client, transcript: opened.transcript, delays };
}

const ok = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"JobId":"j"}');
const job = { vaultName: 'v', jobId: 'j' };

describe('throttling', () => {
  it('retries HTTP 429 and ThrottlingException until the target answers, counting the retries', async () => {
    const server = await scripted([(res) => awsError(res, 429, 'TooManyRequests'), (res) => awsError(res, 400, 'ThrottlingException'), ok]);
    const { client, delays, transcript } = await clientFor(server.url);
    const exchange = await client.describeJob(job);
    expect(exchange.outcome).toEqual({ ok: true, value: { JobId: 'j' } });
    expect(exchange.retries).toBe(2);
    expect(exchange.retryDelaysMs).toEqual(delays);
    expect(server.seen.requests).toBe(3);
    expect(transcript.totals()).toMatchObject({ exchanges: 1, retries: 2 });
  });

  it('gives up after the retry bound with a throttled failure', async () => {
    const server = await scripted([(res) => awsError(res, 400, 'LimitExceededException')]);
    const exchange = await (await clientFor(server.url)).client.describeJob(job);
    expect(server.seen.requests).toBe(RETRY.maxRetries + 1);
    expect(exchange.retries).toBe(RETRY.maxRetries);
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'throttled', status: 400, awsError: { code: 'LimitExceededException' } } });
  });

  it('returns a plain 400 at once, without retrying', async () => {
    const server = await scripted([(res) => awsError(res, 400, 'InvalidParameterValueException', { 'retry-after': '1' })]);
    const { client, delays } = await clientFor(server.url);
    const exchange = await client.listJobs({ vaultName: 'v', limit: '0' });
    expect(server.seen.requests).toBe(1);
    expect(delays).toEqual([]);
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'aws-error', status: 400, awsError: { code: 'InvalidParameterValueException' } } });
  });

  it('honours Retry-After in seconds', async () => {
    const server = await scripted([(res) => awsError(res, 429, 'SlowDown', { 'retry-after': '2' }), ok]);
    const { client, delays } = await clientFor(server.url);
    await client.describeJob(job);
    expect(delays).toEqual([2000]);
  });

  it('reads the throttling code from x-amzn-errortype when the body has none', async () => {
    const server = await scripted([(res) => res.writeHead(400, { 'x-amzn-errortype': 'ThrottlingException:http://internal.amazon.com/' }).end(), ok]);
    const exchange = await (await clientFor(server.url)).client.describeJob(job);
    expect(exchange.retries).toBe(1);
  });

  it('stops retrying when the next backoff would outlast the run budget', async () => {
    const server = await scripted([(res) => awsError(res, 429, 'SlowDown', { 'retry-after': '30' })]);
    const exchange = await (await clientFor(server.url, { timeBudgetMs: 5000 })).client.describeJob(job);
    expect(server.seen.requests).toBe(1);
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'throttled' } });
  });
});

describe('run budget', () => {
  it('fails fast as budget-exhausted once the budget is spent, sending nothing', async () => {
    const server = await scripted([ok]);
    const clock = manualClock(0);
    const { client } = await clientFor(server.url, { timeBudgetMs: 1000, clock });
    clock.advance(1000);
    const exchange = await client.describeJob(job);
    expect(server.seen.requests).toBe(0);
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'budget-exhausted' } });
  });

  it('ends a request that outlives the budget as budget-exhausted', async () => {
    const server = await scripted([(res) => res.flushHeaders()]);
    const { client } = await clientFor(server.url, { timeBudgetMs: 300, idleBodyTimeoutMs: 10_000 });
    const exchange = await client.getJobOutput(job);
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'budget-exhausted' } });
    expect(exchange.timings.totalMs).toBeLessThan(1000);
  });
});
