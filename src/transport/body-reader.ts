import type { RawResponse } from './target';
import { transportError } from './transport-failure';

/**
 * Reads a whole response body into memory, but never more than `maxBytes`: JSON answers
 * and error bodies are small by nature, and a target that streams gigabytes where JSON
 * belongs must not grow the run's memory. Declared and actual sizes are both checked.
 */
export async function readBoundedBody(response: RawResponse, maxBytes: number): Promise<Buffer> {
  const declared = response.headers['content-length'];
  if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
    response.discard();
    throw tooLarge(`Content-Length ${declared}`, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of response.body) {
    length += chunk.length;
    if (length > maxBytes) {
      // Leaving the loop ends the iterator, which destroys the stream and frees the socket.
      response.discard();
      throw tooLarge(`more than ${length} bytes`, maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, length);
}

function tooLarge(what: string, maxBytes: number) {
  return transportError('body-too-large', `body of ${what} exceeds the limit of ${maxBytes} bytes`);
}

/** Whether a Content-Type names JSON (`application/json`, `application/x-amz-json-1.1`, `…+json`). */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/(x-amz-json-[\d.]+|[\w.-]+\+json)$/.test(type);
}

export type JsonParse = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** JSON.parse as data: an empty body is not JSON. */
export function parseJson(bytes: Uint8Array): JsonParse {
  try {
    return { ok: true, value: JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8')) };
  } catch (error) {
    return { ok: false, error: String((error as Error).message) };
  }
}
