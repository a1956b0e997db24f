import { Agent } from 'undici';
import { splitUrl } from './raw-url';
import { classifyError } from './classify-error';
import type { RawResponse, SocketLimits, Target, TargetRequest } from './target';
import type { Failure } from '../core/exchange-failure';
import { TransportError } from './transport-failure';

type UndiciHeaders = Record<string, string | string[] | undefined>;
type UndiciBody = AsyncIterable<Uint8Array> & {
  destroy(error?: Error): unknown;
  on(event: 'error', listener: () => void): unknown;
};

/** undici reports headers with lowercase names; a repeated header arrives as an array. */
function flattenHeaders(headers: UndiciHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/**
 * Re-throws body errors (reset, length mismatch) as classified failures, and enforces
 * the idle limit with a native timer refreshed per chunk: undici's own bodyTimeout runs
 * on a coarse 0.5–1 s clock, too loose for sub-second limits.
 */
async function* guardedBody(body: UndiciBody, idleMs: number, release: () => void): AsyncGenerator<Uint8Array> {
  let idle = false;
  const timer = setTimeout(() => {
    idle = true;
    body.destroy(new Error('idle body'));
  }, idleMs);
  try {
    for await (const chunk of body) {
      timer.refresh();
      yield chunk as Uint8Array;
    }
  } catch (error) {
    const failure: Failure = idle
      ? { kind: 'timeout', phase: 'body', message: `no body bytes for ${idleMs} ms` }
      : classifyError(error);
    throw new TransportError(failure);
  } finally {
    clearTimeout(timer);
    release();
  }
}

function toRawResponse(
  statusCode: number,
  headers: UndiciHeaders,
  body: UndiciBody,
  idleMs: number,
  release: () => void,
): RawResponse {
  // A body that breaks while nobody iterates it (or after discard) must not become an
  // uncaught 'error' event; an iterator still sees the error through its own listener.
  body.on('error', () => undefined);
  return {
    status: statusCode,
    headers: flattenHeaders(headers),
    body: guardedBody(body, idleMs, release),
    discard: () => {
      body.destroy();
      release();
    },
  };
}

/**
 * A Target for any HTTP(S) base URL, on undici's `request()` with a private Agent.
 * undici follows no redirects here, so a 3xx reaches the client, which classifies it.
 * Time to first byte is timed from dispatch with a native timer (so it includes
 * connecting); the Agent's connect timeout names the `connect` phase when it is the
 * shorter limit, and its headers/body timeouts stay as coarse backstops.
 */
export function createHttpTarget(baseUrl: string, limits: SocketLimits): Target {
  const agent = new Agent({
    connect: { timeout: limits.connectTimeoutMs },
    headersTimeout: limits.firstByteTimeoutMs + limits.connectTimeoutMs,
    bodyTimeout: limits.idleBodyTimeoutMs * 2,
  });
  const base = baseUrl.replace(/\/+$/, '');
  return {
    description: base,
    baseUrl: base,
    async send(req: TargetRequest, signal: AbortSignal): Promise<RawResponse> {
      const controller = new AbortController();
      let late = false;
      // The caller's signal must reach undici until the body is done, not just the head.
      const onAbort = () => controller.abort();
      const release = () => signal.removeEventListener('abort', onAbort);
      if (signal.aborted) controller.abort();
      signal.addEventListener('abort', onAbort, { once: true });
      const timer = setTimeout(() => {
        late = true;
        controller.abort();
      }, limits.firstByteTimeoutMs);
      try {
        // origin and path apart: the path goes out verbatim, never resolved as a URL (%2E%2E stays).
        const { origin, path } = splitUrl(req.url);
        const response = await agent.request({
          origin,
          path,
          method: req.method as 'GET',
          headers: req.headers,
          body: req.body,
          signal: controller.signal,
        });
        const body = response.body as unknown as UndiciBody;
        return toRawResponse(response.statusCode, response.headers, body, limits.idleBodyTimeoutMs, release);
      } catch (error) {
        release();
        if (late) throw new TransportError({ kind: 'timeout', phase: 'first-byte', message: `no response head within ${limits.firstByteTimeoutMs} ms` });
        throw new TransportError(classifyError(error));
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => agent.close(),
  };
}
