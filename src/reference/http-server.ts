import { unlink } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FileBytes } from './byte-source';
import { GlacierErrors, type GlacierError } from './glacier-errors';
import { readBody, type BodyResult } from './read-body';
import { receivePayload, type PayloadOptions, type PayloadResult } from './receive-payload';
import type { ReferenceRequest, ReferenceResponse } from './reference-http';
import { bodyBytes } from './reference-http';
import { createReference, type ReferenceOptions, type ReferenceService } from './reference-service';
import { testClockResponse, type AdjustableClock } from './realism/test-clock';
import { routeRequest } from './route-request';
import { sha256Hex } from './sigv4-canonical';
import { checkSignatureHeaders, type PendingSignature, type SigV4Credentials } from './sigv4-verifier';
import { startSnsDelivery } from './sns-delivery';
import { writeBytes } from './write-bytes';

export interface ReferenceServerOptions extends ReferenceOptions {
  /** Defaults to 127.0.0.1. */
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** When set, every request must carry a valid SigV4 signature made with these (§1). */
  readonly credentials?: SigV4Credentials;
  /** Serve an existing reference instead of a new one built from the options. */
  readonly service?: ReferenceService;
  /** Serves the test clock's admin routes (`serve --test-clock`); also the reference's clock unless `clock` is given. */
  readonly testClock?: AdjustableClock;
  /** Archive bodies (uploads, parts) above this size are stored on disk as they arrive; default 64 MiB. */
  readonly diskThresholdBytes?: number;
  /** Where those files go; default a new directory under the OS temp dir, removed by close(). */
  readonly storageDir?: string;
  /** SNS topic ARN → HTTP URL: completed jobs' notifications are POSTed there (sns-delivery.ts). */
  readonly snsEndpoints?: ReadonlyMap<string, string>;
}

export interface ReferenceServer {
  /** `http://HOST:PORT`, ready for requests. */
  readonly url: string;
  readonly service: ReferenceService;
  /** The directory archive bodies above the threshold are stored in. */
  readonly storageDir: string;
  /** Archive bodies being received right now: 0 once every client finished or went away. */
  uploadsInFlight(): number;
  /** SNS messages POSTed successfully so far. */
  notificationsDelivered(): number;
  close(): Promise<void>;
}

interface ServerContext {
  readonly service: ReferenceService;
  readonly credentials: SigV4Credentials | undefined;
  readonly payload: Omit<PayloadOptions, 'idleMs'>;
  readonly testClock: AdjustableClock | undefined;
  inFlight: number;
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Uploads and parts carry archive bytes; every other body is a small JSON document at most. */
function carriesArchiveBytes(req: IncomingMessage): boolean {
  const route = routeRequest(req.method ?? 'GET', req.url ?? '/');
  return route?.operation === 'UploadArchive' || route?.operation === 'UploadMultipartPart';
}

/**
 * Reads the body: an archive body with a Content-Length is streamed (hashed as it arrives,
 * stored in memory or on disk), every other body is read into one buffer.
 */
async function receive(req: IncomingMessage, headers: Record<string, string>, context: ServerContext): Promise<{ limit: number; body: BodyResult | PayloadResult }> {
  const { config } = context.service;
  const archive = carriesArchiveBytes(req);
  const limit = archive ? config.maxArchiveBytes : config.maxJsonBodyBytes;
  const length = headers['content-length'];
  if (!archive || length === undefined || !/^\d{1,16}$/.test(length) || Number(length) > limit) {
    return { limit, body: await readBody(req, length, limit, config.bodyIdleTimeoutMs) };
  }
  context.inFlight++;
  try {
    return { limit, body: await receivePayload(req, Number(length), { ...context.payload, idleMs: config.bodyIdleTimeoutMs }) };
  } finally {
    context.inFlight--;
  }
}

async function send(res: ServerResponse, response: ReferenceResponse): Promise<void> {
  const { body } = response;
  if (body.kind === 'bytes') {
    res.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
    await writeBytes(res, body.source, body.offset, body.length);
    return;
  }
  const bytes = bodyBytes(body);
  res.writeHead(response.status, { ...response.headers, 'content-length': String(bytes.length) });
  res.end(bytes);
}

/** A request refused before its body is read, or for the body it sent: answered at once, and the connection dropped. */
function refuseEarly(res: ServerResponse, service: ReferenceService, failure: GlacierError): Promise<void> {
  res.shouldKeepAlive = false;
  return send(res, service.reject(failure));
}

async function answer(req: IncomingMessage, res: ServerResponse, context: ServerContext) {
  const { service, credentials } = context;
  const headers = headersOf(req);
  const admin = context.testClock && testClockResponse(req.method ?? 'GET', req.url ?? '/', context.testClock);
  if (admin) {
    req.resume();
    return send(res, admin);
  }
  const base = { method: req.method ?? 'GET', path: req.url ?? '/', headers };
  // A bad signature is refused from the headers, before a byte of the body is read (no side effect).
  let pending: PendingSignature | undefined;
  if (credentials) {
    const checked = checkSignatureHeaders(base, { credentials, region: service.config.region, nowMs: service.clock.now() });
    if (checked.kind !== 'pending') return refuseEarly(res, service, checked);
    pending = checked;
  }
  const { limit, body } = await receive(req, headers, context);
  if (body.kind === 'aborted') return;
  if (body.kind === 'timed-out') return refuseEarly(res, service, GlacierErrors.requestTimeout());
  // The rest of the body is never read: answer now and drop the connection.
  if (body.kind === 'too-large') return refuseEarly(res, service, GlacierErrors.bodyTooLarge(body.declared, limit));
  // A streamed body small enough for memory is also handed over as `body`.
  const request: ReferenceRequest =
    body.kind === 'read'
      ? { ...base, body: body.bytes }
      : { ...base, body: body.payload.bytes instanceof Uint8Array ? body.payload.bytes : new Uint8Array(0), payload: body.payload };
  // The payload hash of the body as received: a streamed one was hashed as it arrived, a read one is in memory.
  const signatureError = pending?.finish(body.kind === 'read' ? sha256Hex(body.bytes) : body.payload.sha256);
  const response = signatureError ? service.reject(signatureError) : service.handle(request);
  // A refused request changed no state (handleRequest's guarantee): a file stored for its body is nobody's.
  if (response.status >= 300 && request.payload?.bytes instanceof FileBytes) unlink(request.payload.bytes.path, () => {});
  await send(res, response);
}

/**
 * The reference over node:http. Job output is streamed from the stored bytes with
 * backpressure, never buffered; a body over its limit is refused before it is read.
 * A failure inside one exchange is answered with a 500 AWS error (or the socket is
 * dropped if headers went out already), and the server keeps serving.
 */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const service = options.service ?? createReference({ ...options, ...(options.testClock && !options.clock ? { clock: options.testClock } : {}) });
  const storageDir = options.storageDir ?? (await mkdtemp(join(tmpdir(), 'glacier-reference-')));
  let files = 0;
  const context: ServerContext = {
    service,
    credentials: options.credentials,
    payload: { diskThresholdBytes: options.diskThresholdBytes ?? 64 * 1024 * 1024, dir: storageDir, nextFileName: () => `archive-${process.pid}-${++files}` },
    testClock: options.testClock,
    inFlight: 0,
  };
  const server = createServer((req, res) => {
    answer(req, res, context).catch(() => {
      if (!res.headersSent) send(res, service.reject(GlacierErrors.internal())).catch(() => res.destroy());
      else res.destroy();
    });
  });
  // Idle keep-alive sockets must not hold close() open.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const sns = startSnsDelivery(service, options.snsEndpoints ?? new Map());
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    service,
    storageDir,
    uploadsInFlight: () => context.inFlight,
    notificationsDelivered: sns.delivered,
    close: async () => {
      sns.stop();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      if (options.storageDir === undefined) await rm(storageDir, { recursive: true, force: true });
    },
  };
}
