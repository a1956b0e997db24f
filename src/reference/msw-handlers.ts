import { http, type RequestHandler } from 'msw';
import type { ByteSource } from './byte-source';
import type { ReferenceRequest, ReferenceResponse } from './reference-http';
import { bodyBytes } from './reference-http';
import type { ReferenceService } from './reference-service';

/** Bytes per chunk when job output is handed to a web stream. */
const STREAM_CHUNK = 1 << 20;

async function toReferenceRequest(request: Request, basePath: string): Promise<ReferenceRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = new Uint8Array(await request.arrayBuffer());
  // A fetch Request never exposes Content-Length, but the wire always carries it: supply it.
  headers['content-length'] ??= String(body.length);
  const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : url.pathname;
  return { method: request.method, path: `${path}${url.search}`, headers, body };
}

/** Job output as a pull stream of views into the stored bytes: nothing is copied up front. */
function byteStream(source: ByteSource, offset: number, length: number): ReadableStream<Uint8Array> {
  let position = offset;
  const end = offset + length;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = Math.min(position + STREAM_CHUNK, end);
      controller.enqueue(source.subarray(position, next));
      position = next;
      if (position >= end) controller.close();
    },
  });
}

function toFetchResponse(response: ReferenceResponse): Response {
  const headers = new Headers(response.headers);
  const { body } = response;
  if (body.kind === 'bytes') return new Response(byteStream(body.source, body.offset, body.length), { status: response.status, headers });
  const bytes = bodyBytes(body);
  headers.set('content-length', String(bytes.length));
  return new Response(bytes.length === 0 ? null : (bytes as BodyInit), { status: response.status, headers });
}

/**
 * The reference as msw request handlers for `baseUrl`: every request under it goes to
 * the service, and its answer comes back as a fetch Response. Resolve requests with
 * msw's `getResponse(handlers, request)` for an in-process target with no socket and
 * no patched global fetch, or hand the handlers to `setupServer` in a client's tests.
 */
export function referenceHandlers(service: ReferenceService, baseUrl: string): RequestHandler[] {
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const origin = `${base.origin}${basePath}`;
  return [
    http.all(`${origin}/*`, async ({ request }) => toFetchResponse(service.handle(await toReferenceRequest(request, basePath)))),
  ];
}
