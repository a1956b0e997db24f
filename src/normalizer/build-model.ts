import { buildResponses, contentOf } from './build-responses';
import { DOCUMENT_FACTS } from './document-facts';
import { EXAMPLE_FACTS } from './example-facts';
import type { OperationFact } from './fact-types';
import { HEADER_FACTS } from './header-facts';
import { objectAt, pointerOf, type JsonObject } from '../core/json';
import { OPERATION_FACTS } from './operation-facts';
import { COMMON_PARAMETER_IDS, PARAMETER_FACTS } from './parameter-facts';
import { SCHEMA_FACTS } from './schema-facts';

const ref = (kind: string, id: string) => ({ $ref: `#/components/${kind}/${id}` });

/**
 * Lays the Glacier facts over the converted seed. The facts decide every
 * operation, parameter, body and response; from the seed an operation keeps
 * its identity (`x-seed`: the seed's operationId and pointer), so a reviewer
 * can follow each one back. Seed parts the facts do not confirm are dropped;
 * the audit lists each of them in the normalization report.
 */
export function buildModel(converted: JsonObject): JsonObject {
  const paths: JsonObject = {};
  for (const operation of OPERATION_FACTS) {
    const item = objectAt(paths, operation.path);
    item[operation.method] = buildOperation(operation, converted);
    paths[operation.path] = item;
  }
  return {
    openapi: '3.1.0',
    info: DOCUMENT_FACTS.info,
    servers: DOCUMENT_FACTS.servers,
    security: DOCUMENT_FACTS.security,
    tags: DOCUMENT_FACTS.tags,
    paths,
    components: buildComponents(converted),
  };
}

function buildOperation(operation: OperationFact, converted: JsonObject): JsonObject {
  const seed = findSeedOperation(converted, operation);
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: operation.description,
    tags: [operation.tag],
    'x-source': operation.source,
    ...(seed ? { 'x-seed': seed } : {}),
    parameters: [...COMMON_PARAMETER_IDS, ...operation.parameters].map((id) => ref('parameters', id)),
    ...(operation.requestBody
      ? {
          requestBody: {
            description: operation.requestBody.description,
            required: operation.requestBody.required,
            'x-source': operation.requestBody.source,
            content: contentOf(operation.requestBody.content),
          },
        }
      : {}),
    responses: buildResponses(operation),
  };
}

/** Seed and model paths differ only in label spelling (`{AccountID}` vs `{accountId}`). */
export function pathShape(path: string): string {
  return path.toLowerCase().replace(/\{[^}]*\}/g, '{}');
}

function findSeedOperation(converted: JsonObject, operation: OperationFact): JsonObject | undefined {
  for (const [path, item] of Object.entries(objectAt(converted, 'paths'))) {
    if (pathShape(path) !== pathShape(operation.path)) continue;
    const seed = objectAt(item, operation.method);
    if (Object.keys(seed).length === 0) continue;
    return { operationId: seed.operationId ?? null, pointer: pointerOf(['paths', path, operation.method]) };
  }
  return undefined;
}

function buildComponents(converted: JsonObject): JsonObject {
  const parameters = PARAMETER_FACTS.map((fact) => [
    fact.id,
    { name: fact.name, in: fact.in, description: fact.description, required: fact.required, schema: fact.schema, example: fact.example, 'x-source': fact.source, ...fact.extensions },
  ]);
  const headers = HEADER_FACTS.map((fact) => [
    fact.id,
    { description: fact.description, required: fact.required, schema: fact.schema, example: fact.example, 'x-source': fact.source },
  ]);
  const examples = EXAMPLE_FACTS.map((fact) => [fact.id, { summary: fact.summary, value: fact.value, 'x-source': fact.source }]);
  return {
    // The seed has no definitions; any it had would be kept unless a fact replaces them.
    schemas: { ...objectAt(objectAt(converted, 'components'), 'schemas'), ...SCHEMA_FACTS },
    parameters: Object.fromEntries(parameters),
    headers: Object.fromEntries(headers),
    examples: Object.fromEntries(examples),
    securitySchemes: DOCUMENT_FACTS.securitySchemes,
  } as JsonObject;
}
