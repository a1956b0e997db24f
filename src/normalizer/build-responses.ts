import { COMMON_EXCEPTIONS, EXCEPTION_FACTS } from './error-facts';
import type { ContentFact, OperationFact, SuccessFact } from './fact-types';
import { COMMON_RESPONSE_HEADER_IDS, HEADER_FACTS } from './header-facts';
import type { JsonObject } from '../core/json';

const ref = (kind: string, id: string) => ({ $ref: `#/components/${kind}/${id}` });

/** The `responses` object of one operation: its success responses, then one response per error status. */
export function buildResponses(operation: OperationFact): JsonObject {
  const responses: JsonObject = {};
  for (const success of operation.success) responses[String(success.status)] = buildSuccess(success);
  for (const [status, exceptions] of errorsByStatus(operation)) {
    responses[String(status)] = buildError(operation, status, exceptions);
  }
  return responses;
}

function buildSuccess(success: SuccessFact): JsonObject {
  return {
    description: success.description,
    'x-source': success.source,
    ...(success.partialBody ? { 'x-glacier-partial-body': true } : {}),
    headers: headersOf(success.headers),
    ...(success.content ? { content: contentOf(success.content) } : {}),
  };
}

/** Headers keyed by wire name; every response also carries the common ones (§1). */
function headersOf(ids: readonly string[]): JsonObject {
  const headers: JsonObject = {};
  for (const id of [...ids, ...COMMON_RESPONSE_HEADER_IDS]) {
    const header = HEADER_FACTS.find((fact) => fact.id === id);
    if (!header) throw new Error(`facts: unknown header id ${id}`);
    headers[header.name] = ref('headers', id);
  }
  return headers;
}

export function contentOf(content: readonly ContentFact[]): JsonObject {
  return Object.fromEntries(
    content.map((fact) => [
      fact.mediaType,
      {
        schema: ref('schemas', fact.schema),
        examples: Object.fromEntries(fact.examples.map((id) => [id, ref('examples', id)])),
      },
    ]),
  );
}

/**
 * The operation's exceptions (its §4 list plus the common ones) grouped by
 * HTTP status in ascending order; inside a status, in EXCEPTION_FACTS order.
 */
export function errorsByStatus(operation: OperationFact): Map<number, string[]> {
  const names = new Set([...operation.errors, ...COMMON_EXCEPTIONS]);
  const byStatus = new Map<number, string[]>();
  for (const exception of EXCEPTION_FACTS) {
    if (!names.has(exception.name)) continue;
    for (const status of exception.statuses) byStatus.set(status, [...(byStatus.get(status) ?? []), exception.name]);
  }
  for (const name of names) {
    if (!EXCEPTION_FACTS.some((exception) => exception.name === name)) throw new Error(`facts: unknown exception ${name}`);
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b));
}

function buildError(operation: OperationFact, status: number, exceptions: string[]): JsonObject {
  const examples = Object.fromEntries(
    exceptions.map((name) => [name, ref('examples', operation.errorExamples?.[name] ?? name)]),
  );
  return {
    description: `${status >= 500 ? 'Server' : 'Client'} error: ${exceptions.join(', ')}.`,
    'x-source': exceptions.includes('InsufficientCapacityException') ? `${operation.errorsSource}, §7.5` : operation.errorsSource,
    'x-glacier-errors': exceptions,
    headers: headersOf([]),
    content: { 'application/json': { schema: ref('schemas', 'Error'), examples } },
  };
}
