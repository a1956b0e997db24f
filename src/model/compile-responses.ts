import type { ValidateFunction } from 'ajv';
import { isJsonObject } from '../core/json';
import { resolveRef, type OpenApiModel } from './model';
import type { ModelAjv } from './model-ajv';

export interface CompiledHeader {
  /** As the model spells it, e.g. `x-amzn-RequestId`. */
  readonly name: string;
  readonly required: boolean;
  readonly validate: ValidateFunction;
}

export interface CompiledResponse {
  readonly headers: readonly CompiledHeader[];
  /** Media type → body validator; undefined for media types whose body is not JSON. */
  readonly content: ReadonlyMap<string, ValidateFunction | undefined>;
  /** `x-glacier-partial-body`: the body is a byte range, so only its media type can be checked. */
  readonly partialBody: boolean;
}

/** operationId → status key (`200`, `4XX`, `default`) → compiled response. */
export type CompiledOperations = ReadonlyMap<string, ReadonlyMap<string, CompiledResponse>>;

/** Compiles every response of every operation once: header schemas and JSON body schemas. */
export function compileResponses(model: OpenApiModel, ajv: ModelAjv): CompiledOperations {
  const operations = new Map<string, Map<string, CompiledResponse>>();
  for (const item of Object.values(model.paths)) {
    for (const operation of Object.values(isJsonObject(item) ? item : {})) {
      if (!isJsonObject(operation) || typeof operation.operationId !== 'string') continue;
      const responses = new Map<string, CompiledResponse>();
      for (const [status, response] of Object.entries(isJsonObject(operation.responses) ? operation.responses : {})) {
        responses.set(status, compileResponse(model, ajv, resolveRef(model, response)));
      }
      operations.set(operation.operationId, responses);
    }
  }
  return operations;
}

function compileResponse(model: OpenApiModel, ajv: ModelAjv, response: Record<string, unknown>): CompiledResponse {
  const headers = Object.entries(isJsonObject(response.headers) ? response.headers : {}).map(([name, value]) => {
    const header = resolveRef(model, value);
    return { name, required: header.required === true, validate: ajv.compile(header.schema ?? {}) };
  });
  const content = new Map<string, ValidateFunction | undefined>();
  for (const [mediaType, media] of Object.entries(isJsonObject(response.content) ? response.content : {})) {
    const schema = isJsonObject(media) ? media.schema : undefined;
    content.set(mediaType.toLowerCase(), isJsonMediaType(mediaType) && schema ? ajv.compile(schema) : undefined);
  }
  return { headers, content, partialBody: response['x-glacier-partial-body'] === true };
}

/** `application/json` and `application/<anything>+json`. */
export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json$/i.test(mediaType.split(';')[0]!.trim());
}
