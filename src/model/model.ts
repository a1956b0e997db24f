import { parse } from 'yaml';
import { isJsonObject, type JsonObject } from '../core/json';
import { SpecInputError } from '../core/spec-input-error';

/** The normalized OpenAPI 3.1 model as plain data (what specs/glacier-jobs.openapi.yaml holds). */
export interface OpenApiModel extends JsonObject {
  openapi: string;
  paths: JsonObject;
  components: JsonObject;
}

/** Parses model text, rejecting what is not an OpenAPI 3.1 document with paths, in one line. */
export function parseModel(text: string, label: string): OpenApiModel {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new SpecInputError(`${label}: not YAML: ${String((error as Error).message).split('\n')[0]}`);
  }
  if (!isJsonObject(document) || typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1')) {
    throw new SpecInputError(`${label}: not an OpenAPI 3.1 document`);
  }
  if (!isJsonObject(document.paths) || !isJsonObject(document.components)) {
    throw new SpecInputError(`${label}: OpenAPI document without paths or components`);
  }
  return document as OpenApiModel;
}

/**
 * Follows a local `$ref` (`#/components/…`) to its target; other values are
 * returned as they are. The model only uses local references.
 */
export function resolveRef(model: OpenApiModel, value: unknown): JsonObject {
  if (!isJsonObject(value)) return {};
  if (typeof value.$ref !== 'string') return value;
  let target: unknown = model;
  for (const segment of value.$ref.replace(/^#\//, '').split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    target = isJsonObject(target) ? target[key] : undefined;
  }
  if (!isJsonObject(target)) throw new SpecInputError(`model: unresolvable $ref ${value.$ref}`);
  return target;
}
