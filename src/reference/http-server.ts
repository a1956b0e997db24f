import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GlacierErrors, type GlacierError } from './glacier-errors';
import { readBody, type BodyResult } from './read-body';
import type { ReferenceRequest, ReferenceResponse } from './reference-http';
import { bodyBytes } from './reference-http';
import { createReference, type ReferenceOptions, type ReferenceService } from './reference-service';
import { routeRequest } from './route-request';
import { checkSignatureHeaders, payloadHasher, type PendingSignature, type SigV4Credentials } from './sigv4-verifier';
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
}

export interface ReferenceServer {
  /** `http://HOST:PORT`, ready for requests. */
  readonly url: string;
  readonly service: ReferenceService;
  close(): Promise<void>;
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Uploads and parts may be archive-sized; every other body is a small JSON document at most. */
function bodyLimit(req: IncomingMessage, service: ReferenceService): number {
  const route = routeRequest(req.method ?? 'GET', req.url ?? '/');
  const archiveBytes = route?.operation === 'UploadArchive' || route?.operation === 'UploadMultipartPart';
  return archiveBytes ? service.config.maxArchiveBytes : service.config.maxJsonBodyBytes;
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

/** A request refused before its body is read: answered at once, and the connection dropped. */
function refuseEarly(res: ServerResponse, service: ReferenceService, failure: GlacierError): Promise<void> {
  res.shouldKeepAlive = false;
  return send(res, service.reject(failure));
}

async function answer(req: IncomingMessage, res: ServerResponse, service: ReferenceService, credentials?: SigV4Credentials) {
  const headers = headersOf(req);
  const method = req.method ?? 'GET';
  const path = req.url ?? '/';
  // A bad signature is refused from the headers, before a byte of the body is read (no side effect).
  let pending: PendingSignature | undefined;
  if (credentials) {
    const checked = checkSignatureHeaders({ method, path, headers }, { credentials, region: service.config.region, nowMs: service.clock.now() });
    if (checked.kind !== 'pending') return refuseEarly(res, service, checked);
    pending = checked;
  }
  const limit = bodyLimit(req, service);
  const hasher = pending ? payloadHasher() : undefined;
  const body: BodyResult = await readBody(req, headers['content-length'], limit, service.config.bodyIdleTimeoutMs, hasher?.update);
  if (body.kind === 'aborted') return;
  if (body.kind === 'timed-out') return refuseEarly(res, service, GlacierErrors.requestTimeout());
  // The rest of the body is never read: answer now and drop the connection.
  if (body.kind === 'too-large') return refuseEarly(res, service, GlacierErrors.bodyTooLarge(body.declared, limit));
  const signatureError = pending && hasher ? pending.finish(hasher.digest()) : undefined;
  const request: ReferenceRequest = { method, path, headers, body: body.bytes };
  await send(res, signatureError ? service.reject(signatureError) : service.handle(request));
}

/**
 * The reference over node:http. Job output is streamed from the stored bytes with
 * backpressure, never buffered; a body over its limit is refused before it is read.
 * A failure inside one exchange is answered with a 500 AWS error (or the socket is
 * dropped if headers went out already), and the server keeps serving.
 */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const service = options.service ?? createReference(options);
  const server = createServer((req, res) => {
    answer(req, res, service, options.credentials).catch(() => {
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
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    service,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
