import type { Diagnostic } from '../core/diagnostic';
import { ajvErrorsToDiagnostics, show } from './ajv-diagnostics';
import { compileResponses, isJsonMediaType, type CompiledResponse } from './compile-responses';
import type { OpenApiModel } from './model';
import { createModelAjv } from './model-ajv';

/** Response headers as fetch gives them or as a plain record (any case). */
export type ResponseHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Checks one response against the model; returns every problem found (none =
 * conforming). `body` may be the raw text or bytes, or already-parsed JSON.
 */
export type ResponseValidator = (operationId: string, status: number, headers: ResponseHeaders, body: unknown) => Diagnostic[];

/**
 * Compiles the model's response schemas once and returns the validator: the
 * status must be documented for the operation, required headers present and
 * all documented headers valid, and a JSON body valid against its schema.
 */
export function createResponseValidator(model: OpenApiModel): ResponseValidator {
  const operations = compileResponses(model, createModelAjv(model));
  return (operationId, status, headers, body) => {
    const responses = operations.get(operationId);
    if (!responses) {
      return [{ path: 'operation', message: `Received: ${operationId} / Expected: one of ${[...operations.keys()].join(', ')}` }];
    }
    const response = responses.get(String(status)) ?? responses.get(`${String(status)[0]}XX`) ?? responses.get('default');
    if (!response) {
      return [{ path: 'status', message: `Received: ${status} / Expected: one of ${[...responses.keys()].join(', ')} (documented for ${operationId})` }];
    }
    const lookup = headerLookup(headers);
    return [...checkHeaders(response, lookup), ...checkBody(response, lookup('content-type'), body)];
  };
}

function headerLookup(headers: ResponseHeaders): (name: string) => string | undefined {
  if (headers instanceof Headers) return (name) => headers.get(name) ?? undefined;
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return (name) => {
    const value = lower.get(name.toLowerCase());
    return Array.isArray(value) ? value.join(', ') : (value as string | undefined);
  };
}

function checkHeaders(response: CompiledResponse, lookup: (name: string) => string | undefined): Diagnostic[] {
  return response.headers.flatMap((header) => {
    const value = lookup(header.name);
    const path = `header:${header.name}`;
    if (value === undefined) {
      return header.required ? [{ path, message: `Received: (absent) / Expected: header ${header.name} (required)` }] : [];
    }
    return header.validate(value) ? [] : ajvErrorsToDiagnostics(header.validate.errors, path, value);
  });
}

function checkBody(response: CompiledResponse, contentType: string | undefined, body: unknown): Diagnostic[] {
  if (response.content.size === 0) {
    return isEmptyBody(body) ? [] : [{ path: 'body', message: `Received: ${describeBody(body)} / Expected: empty body` }];
  }
  const documented = [...response.content.keys()];
  const mediaType = contentType?.split(';')[0]!.trim().toLowerCase();
  if (mediaType === undefined || !response.content.has(mediaType)) {
    if (mediaType === undefined && isEmptyBody(body)) return [];
    return [{ path: 'header:Content-Type', message: `Received: ${mediaType ?? '(absent)'} / Expected: one of ${documented.join(', ')}` }];
  }
  const validate = response.content.get(mediaType);
  if (!validate || !isJsonMediaType(mediaType) || response.partialBody) return [];
  const parsed = parseJson(body);
  if (!parsed.ok) return [{ path: 'body', message: `Received: ${describeBody(body)} / Expected: a JSON document` }];
  return validate(parsed.value) ? [] : ajvErrorsToDiagnostics(validate.errors, 'body', parsed.value);
}

function parseJson(body: unknown): { ok: true; value: unknown } | { ok: false } {
  const text = body instanceof Uint8Array ? new TextDecoder().decode(body) : body;
  if (typeof text !== 'string') return { ok: true, value: text };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function isEmptyBody(body: unknown): boolean {
  return body === undefined || body === null || body === '' || (body instanceof Uint8Array && body.byteLength === 0);
}

function describeBody(body: unknown): string {
  if (body instanceof Uint8Array) return `${body.byteLength} bytes`;
  return show(body);
}
