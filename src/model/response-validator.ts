import type { ValidateFunction } from 'ajv';
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
  // Stops at the first error: linear in the body, whatever a target sends (see checkBody).
  const gates = compileResponses(model, createModelAjv(model, { allErrors: false }));
  return (operationId, status, headers, body) => {
    const responses = operations.get(operationId);
    if (!responses) {
      return [{ path: 'operation', message: `Received: ${operationId} / Expected: one of ${[...operations.keys()].join(', ')}` }];
    }
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => responses.has(candidate));
    if (key === undefined) {
      return [{ path: 'status', message: `Received: ${status} / Expected: one of ${[...responses.keys()].join(', ')} (documented for ${operationId})` }];
    }
    const lookup = headerLookup(headers);
    const response = responses.get(key)!;
    return [...checkHeaders(response, lookup), ...checkBody(response, gates.get(operationId)!.get(key)!, lookup('content-type'), body)];
  };
}

/** Arrays longer than this are validated in full by the gate, but with every error only up to here. */
export const MAX_ITEMS_ALL_ERRORS = 100;

/** The value with every array cut to {@link MAX_ITEMS_ALL_ERRORS} items, and whether anything was cut. */
function truncated(value: unknown, cut: { items: boolean }): unknown {
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS_ALL_ERRORS) cut.items = true;
    return value.slice(0, MAX_ITEMS_ALL_ERRORS).map((item) => truncated(item, cut));
  }
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, truncated(member, cut)]));
}

/**
 * ajv with allErrors slows down with the square of the errors it collects: one hostile page
 * of 100,000 invalid jobs took minutes and held the run past --time-budget (issue 15). So
 * the first-error gate decides validity in linear time, every error is collected only on
 * the value with long arrays cut short, and the gate's own error stands in when all errors
 * lie beyond the cut.
 */
function bodyDiagnostics(validate: ValidateFunction, gate: ValidateFunction, value: unknown): Diagnostic[] {
  if (gate(value)) return [];
  const cut = { items: false };
  const sample = truncated(value, cut);
  if (!cut.items) return validate(value) ? [] : ajvErrorsToDiagnostics(validate.errors, 'body', value);
  const found = validate(sample) ? ajvErrorsToDiagnostics(gate.errors, 'body', value) : ajvErrorsToDiagnostics(validate.errors, 'body', sample);
  return [...found, { path: 'body', message: `Received: arrays longer than ${MAX_ITEMS_ALL_ERRORS} items / Expected: (note) all items were checked, but problems are listed for the first ${MAX_ITEMS_ALL_ERRORS} only` }];
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

function checkBody(response: CompiledResponse, gates: CompiledResponse, contentType: string | undefined, body: unknown): Diagnostic[] {
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
  const gate = gates.content.get(mediaType);
  if (!validate || !gate || !isJsonMediaType(mediaType) || response.partialBody) return [];
  const parsed = parseJson(body);
  if (!parsed.ok) return [{ path: 'body', message: `Received: ${describeBody(body)} / Expected: a JSON document` }];
  return bodyDiagnostics(validate, gate, parsed.value);
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
