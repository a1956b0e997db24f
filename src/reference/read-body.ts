import type { IncomingMessage } from 'node:http';

/** A request body read in full, refused for its size, or lost to a client that went away. */
export type BodyResult =
  | { readonly kind: 'read'; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large'; readonly declared: string | number }
  | { readonly kind: 'timed-out' }
  | { readonly kind: 'aborted' };

/**
 * Reads a request body of at most `limit` bytes. With a Content-Length the buffer is
 * allocated once and filled in place (a 4 GB upload is held once, not twice); a
 * declared length over the limit is refused without reading a byte. Without one
 * (chunked), chunks are gathered until the limit is passed.
 */
export function readBody(req: IncomingMessage, contentLength: string | undefined, limit: number, idleMs: number): Promise<BodyResult> {
  const declared = contentLength !== undefined && /^\d+$/.test(contentLength) ? Number(contentLength) : undefined;
  if (declared !== undefined && declared > limit) return Promise.resolve({ kind: 'too-large', declared });
  return new Promise((settle) => {
    // A client that stops sending mid-body gets RequestTimeoutException (§2.5, §4), not a socket held forever.
    let done = false;
    const timer = setTimeout(() => resolve({ kind: 'timed-out' }), idleMs);
    const resolve = (result: BodyResult) => {
      done = true;
      clearTimeout(timer);
      settle(result);
    };
    const chunks: Buffer[] = [];
    const whole = declared !== undefined ? Buffer.allocUnsafe(declared) : undefined;
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      timer.refresh();
      if (whole) {
        // node:http enforces Content-Length framing, so the chunks never overrun `whole`.
        chunk.copy(whole, received);
      } else if (received + chunk.length > limit) {
        req.pause();
        resolve({ kind: 'too-large', declared: `${received + chunk.length}+` });
        return;
      } else {
        chunks.push(chunk);
      }
      received += chunk.length;
    });
    req.on('end', () => resolve({ kind: 'read', bytes: whole ? whole.subarray(0, received) : Buffer.concat(chunks) }));
    // 'close' after 'end' is a no-op: the promise is settled already.
    req.on('close', () => resolve({ kind: 'aborted' }));
    req.on('error', () => resolve({ kind: 'aborted' }));
  });
}
