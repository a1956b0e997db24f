import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { refusedUrl, startHttpServer, startRawServer, streamBytes, type TestServer } from '../testing/test-servers';
import { openTestTarget } from '../testing/test-target';

const SOCKET_LIMITS = { connectTimeoutMs: 300, firstByteTimeoutMs: 300, idleBodyTimeoutMs: 300 };
const REQUEST_TIMEOUT_MS = 1000;
const open: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((item) => item.close()));
});

async function clientFor(url: string) {
  const opened = await openTestTarget(url, { ...SOCKET_LIMITS, requestTimeoutMs: REQUEST_TIMEOUT_MS, maxJsonBodyBytes: 64 * 1024 });
  open.push(opened);
  return opened.client;
}

async function serve(handler: (res: ServerResponse) => void): Promise<TestServer> {
  const server = await startHttpServer((_req, res) => handler(res));
  open.push(server);
  return server;
}

async function serveRaw(onRequest: (socket: Socket) => void): Promise<TestServer> {
  const server = await startRawServer(onRequest);
  open.push(server);
  return server;
}

function drip(res: ServerResponse, everyMs: number): void {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '60000' });
  res.flushHeaders();
  const timer = setInterval(() => res.write(' '), everyMs);
  res.on('close', () => clearInterval(timer));
}

const describeJob = { vaultName: 'v', jobId: 'j' };

describe('the client against a hostile target', () => {
  it.each([
    ['hangs before the headers', 'timeout', 'first-byte', () => serve(() => undefined)],
    ['pauses inside the body longer than the idle limit', 'timeout', 'body', () => serve((res) => drip(res, 700))],
    ['drips the body forever', 'timeout', 'total', () => serve((res) => drip(res, 50))],
    ['answers 3xx to itself', 'redirect', undefined, () => serve((res) => res.writeHead(302, { location: '/again' }).end())],
    ['sends invalid JSON', 'invalid-json', undefined, () => serve((res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"JobId": '))],
    ['streams a huge JSON body', 'body-too-large', undefined, () =>
      serve((res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        streamBytes(res, 1024 ** 3, Buffer.alloc(64 * 1024, 0x20));
      })],
    ['declares a huge Content-Length', 'body-too-large', undefined, () =>
      serve((res) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(2 ** 40) }).write('{'))],
    ['resets the connection mid-body', 'connection-reset', undefined, () =>
      serveRaw((socket) => {
        socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nContent-Length: 60000\r\n\r\n{"JobId":');
        setTimeout(() => socket.resetAndDestroy(), 50);
      })],
    ['sends two different Content-Lengths', 'bad-content-length', undefined, () =>
      serveRaw((socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 9\r\n\r\n{}{}{}{}{')) ],
    ['sends a Content-Length that is not a number', 'bad-content-length', undefined, () =>
      serveRaw((socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n{}'))],
    ['speaks something that is not HTTP', 'protocol-error', undefined, () =>
      serveRaw((socket) => socket.write('SSH-2.0-OpenSSH_9.6\r\n\r\n'))],
  ])('classifies a target that %s as %s', async (_what, kind, phase, start) => {
    const server = await start();
    const exchange = await (await clientFor(server.url)).describeJob(describeJob);
    expect(exchange.outcome.ok).toBe(false);
    if (exchange.outcome.ok) return;
    expect(exchange.outcome.failure.kind).toBe(kind);
    expect(exchange.outcome.failure.phase).toBe(phase);
    expect(exchange.timings.totalMs).toBeLessThan(REQUEST_TIMEOUT_MS + 500);
    expect(() => JSON.stringify(exchange)).not.toThrow();
  });

  it('classifies a closed port as connection-refused', async () => {
    const exchange = await (await clientFor(await refusedUrl())).describeJob(describeJob);
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'connection-refused' } });
    expect(exchange.response).toBeUndefined();
  });

  it('records the redirect status and Location without following it', async () => {
    let requests = 0;
    const server = await serve((res) => {
      requests += 1;
      res.writeHead(307, { location: '/loop' }).end();
    });
    const exchange = await (await clientFor(server.url)).listJobs({ vaultName: 'v' });
    expect(requests).toBe(1);
    expect(exchange.response).toMatchObject({ status: 307, headers: { location: '/loop' } });
  });

  it('shows the text of a body that is not JSON', async () => {
    const server = await serve((res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"JobId": '));
    const exchange = await (await clientFor(server.url)).describeJob(describeJob);
    expect(exchange.response).toMatchObject({ status: 200, bytes: 10, text: '{"JobId": ' });
  });

  it('keeps the bytes received before a body broke', async () => {
    const server = await serveRaw((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n0123456789');
      setTimeout(() => socket.resetAndDestroy(), 50);
    });
    const exchange = await (await clientFor(server.url)).getJobOutput(describeJob);
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'connection-reset', status: 200 } });
    expect(exchange.response?.bytes).toBe(10);
  });
});

describe('requests HTTP cannot carry', () => {
  it('classifies a header value with a line break as invalid-request, not as a target fault', async () => {
    const server = await serve((res) => res.end('{}'));
    const exchange = await (await clientFor(server.url)).describeVault({ vaultName: 'v' }, { headers: { 'x-amz-archive-description': 'a\r\nb' } });
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'invalid-request' } });
  });
});

describe('identifiers a target hands out', () => {
  it.each([
    ['..', '/-/vaults/v/jobs/%2E%2E'],
    ['.', '/-/vaults/v/jobs/%2E'],
    ['../../x', '/-/vaults/v/jobs/..%2F..%2Fx'],
    ['a?b#c', '/-/vaults/v/jobs/a%3Fb%23c'],
  ])('sends job id %j as exactly one path segment (%s), never resolving it', async (jobId, path) => {
    const seen: string[] = [];
    const server = await startHttpServer((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"ResourceNotFoundException"}');
    });
    open.push(server);
    await (await clientFor(server.url)).describeJob({ vaultName: 'v', jobId });
    expect(seen).toEqual([path]);
  });
});
