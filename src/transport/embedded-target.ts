import { getResponse, type RequestHandler } from 'msw';
import type { RawResponse, SocketLimits, Target, TargetRequest } from './target';
import { transportError, TransportError } from './transport-failure';

/**
 * Settles with `work`, or rejects with a classified failure when `signal` aborts or
 * `timeoutMs` passes first. The timer is always cleared, so nothing keeps the loop alive.
 */
function guard<T>(work: Promise<T>, signal: AbortSignal, timeoutMs: number, phase: 'first-byte' | 'body'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => finish(() => reject(transportError('aborted', 'request aborted')));
    const timer = setTimeout(
      () => finish(() => reject(transportError('timeout', `no ${phase} within ${timeoutMs} ms`, { phase }))),
      timeoutMs,
    );
    function finish(settle: () => void): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      settle();
    }
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error instanceof TransportError ? error : transportError('protocol-error', String(error)))),
    );
  });
}

/** Reads a web stream chunk by chunk with the same idle and abort rules as a socket. */
async function* guardedStream(stream: ReadableStream<Uint8Array> | null, signal: AbortSignal, idleMs: number) {
  if (!stream) return;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await guard(reader.read(), signal, idleMs, 'body');
      if (done) return;
      yield value;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

function toRawResponse(response: Response, signal: AbortSignal, limits: SocketLimits): RawResponse {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return {
    status: response.status,
    headers,
    body: guardedStream(response.body, signal, limits.idleBodyTimeoutMs),
    discard: () => {
      response.body?.cancel().catch(() => undefined);
    },
  };
}

/**
 * A Target that answers in-process with msw's `getResponse(handlers, request)`: no socket,
 * no patched global fetch (design.md "Embedded reference"). `baseUrl` is the origin the
 * handlers' relative paths resolve against.
 */
export function createEmbeddedTarget(
  handlers: readonly RequestHandler[],
  baseUrl: string,
  limits: SocketLimits,
  description = 'embedded reference',
): Target {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    description,
    baseUrl: base,
    async send(req: TargetRequest, signal: AbortSignal): Promise<RawResponse> {
      let request: Request;
      try {
        request = new Request(req.url, { method: req.method, headers: req.headers, body: (req.body ?? null) as BodyInit | null });
      } catch (error) {
        throw transportError('invalid-request', String((error as Error).message));
      }
      const answer = getResponse([...handlers], request, { baseUrl: base });
      const response = await guard(answer, signal, limits.firstByteTimeoutMs, 'first-byte');
      if (!response) throw transportError('connection-refused', `embedded target has no handler for ${req.method} ${req.url}`);
      return toRawResponse(response, signal, limits);
    },
    close: async () => undefined,
  };
}
