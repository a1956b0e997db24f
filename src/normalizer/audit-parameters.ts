import type { Defect } from './defect';
import type { OperationFact } from './fact-types';
import { findSchemaProperty, type PropertyLocation } from './find-schema-property';
import { arrayAt, isJsonObject, pointerOf, type JsonObject } from '../core/json';
import { COMMON_PARAMETER_IDS, PARAMETER_FACTS } from './parameter-facts';
import { SCHEMA_FACTS } from './schema-facts';

type Draft = Omit<Defect, 'group' | 'line'>;

/** The parameters the facts give an operation, common ones first. */
export function factParameters(operation: OperationFact) {
  return [...COMMON_PARAMETER_IDS, ...operation.parameters].map((id) => PARAMETER_FACTS.find((fact) => fact.id === id)!);
}

/**
 * Classifies every seed parameter of one operation against the facts: a real
 * wire parameter is kept; a field of the response or request body listed as a
 * query parameter is dropped, naming the schema property that now describes
 * it; anything else is dropped as unknown.
 */
export function auditParameters(at: (string | number)[], operation: JsonObject, fact: OperationFact): Draft[] {
  const drafts: Draft[] = [];
  arrayAt(operation, 'parameters').forEach((parameter, index) => {
    const pointer = pointerOf([...at, 'parameters', index]);
    if (!isJsonObject(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') {
      drafts.push({
        kind: 'parameter-without-name-or-location',
        pointer,
        finding: `parameter ${JSON.stringify(parameter)} has neither name nor location (\`in\`)`,
        action: `dropped; ${namelessGuess(fact)}`,
        source: fact.source,
      });
      return;
    }
    const draft = classify(pointer, parameter, fact);
    if (draft) drafts.push(draft);
  });
  return drafts;
}

function classify(pointer: string, parameter: JsonObject, fact: OperationFact): Draft | undefined {
  const name = String(parameter.name);
  const where = `${String(parameter.in)} parameter \`${name}\` (type ${String(parameter.type ?? 'none')})`;
  if (factParameters(fact).some((wire) => wire.name === name && wire.in === parameter.in)) return undefined;
  const request = bodyLocation(fact, name, 'request');
  if (request) {
    return {
      kind: 'request-body-field-as-parameter', pointer,
      finding: `${where} is a field of the JSON request body`,
      action: `dropped; it is request body field ${request.path} (${request.type}), ${request.pointer}`,
      source: fact.requestBody?.source ?? fact.source,
    };
  }
  const response = bodyLocation(fact, name, 'response');
  if (response) {
    return {
      kind: 'response-field-as-parameter', pointer,
      finding: `${where} is a field of the response body`,
      action: `dropped; it is response body field ${response.path} (${response.type}), ${response.pointer}`,
      source: fact.source,
    };
  }
  return { kind: 'unknown-parameter', pointer, finding: `${where} is not a parameter of ${fact.operationId}`, action: 'dropped', source: fact.source };
}

/** `Marker (InventoryRetrievalParameters)` names the Marker inside InventoryRetrievalParameters. */
function bodyLocation(fact: OperationFact, name: string, side: 'request' | 'response'): PropertyLocation | undefined {
  const [, property = name, parent] = /^(\w+)(?: \((\w+)\))?$/.exec(name) ?? [];
  const contents = side === 'request' ? (fact.requestBody?.content ?? []) : fact.success.flatMap((success) => success.content ?? []);
  for (const content of contents) {
    const found = findSchemaProperty(SCHEMA_FACTS, content.schema, property, parent);
    if (found) return found;
  }
  return undefined;
}

/** What the nameless parameter most likely stood for, from what the operation takes. */
function namelessGuess(fact: OperationFact): string {
  const headers = fact.parameters.map((id) => PARAMETER_FACTS.find((wire) => wire.id === id)!).filter((wire) => wire.in === 'header');
  if (headers.length) return `probably the ${headers.map((wire) => wire.name).join('/')} header (inferred), which the model declares`;
  if (fact.requestBody) return 'probably the request body (inferred), which the model declares as requestBody';
  return 'nothing it could stand for';
}
