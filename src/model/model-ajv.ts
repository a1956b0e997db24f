import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isJsonObject, type JsonValue } from '../core/json';
import type { OpenApiModel } from './model';

/** Where the model's component schemas live inside ajv: `urn:glacier-conformance:model#/$defs/<Name>`. */
export const MODEL_SCHEMA_ID = 'urn:glacier-conformance:model';

/** Keywords whose value is a map of name → schema: the names are data, the values schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
/** Keywords whose value is data, never a schema. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

export interface ModelAjv {
  /** Compiles an OpenAPI Schema Object of the model; equal schemas share one validator. */
  compile(schema: unknown): ValidateFunction;
}

/**
 * An ajv 2020-12 instance that knows the model's `components.schemas`, so
 * `#/components/schemas/X` references resolve. OpenAPI annotations that are
 * not JSON Schema (`example`, `x-…`) are removed before compiling, which lets
 * ajv stay strict about real keywords.
 */
export function createModelAjv(model: OpenApiModel, { allErrors = true }: { readonly allErrors?: boolean } = {}): ModelAjv {
  // strictRequired and strictTypes look only at sibling keywords, so they flag
  // JobParameters' `then: {required: [ArchiveId]}` although the enclosing schema defines it.
  const ajv = new Ajv2020({ allErrors, strict: true, strictRequired: false, strictTypes: false, allowUnionTypes: true });
  (addFormats as unknown as (instance: Ajv2020) => void)(ajv);
  const schemas = isJsonObject(model.components.schemas) ? model.components.schemas : {};
  ajv.addSchema({ $id: MODEL_SCHEMA_ID, $defs: toAjvSchema(schemas, true) as object });
  const cache = new Map<string, ValidateFunction>();
  return {
    compile(schema) {
      const key = JSON.stringify(schema);
      const known = cache.get(key);
      if (known) return known;
      const validate = ajv.compile(toAjvSchema(schema as JsonValue) as object);
      cache.set(key, validate);
      return validate;
    },
  };
}

/** The schema with model references made absolute and OpenAPI-only annotations removed. */
export function toAjvSchema(schema: JsonValue, isMap = false): JsonValue {
  if (Array.isArray(schema)) return schema.map((item) => toAjvSchema(item));
  if (!isJsonObject(schema)) return schema;
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (isMap) out[key] = toAjvSchema(value);
    else if (key.startsWith('x-') || key === 'example') continue;
    else if (key === '$ref' && typeof value === 'string') out.$ref = value.replace(/^#\/components\/schemas\//, `${MODEL_SCHEMA_ID}#/$defs/`);
    else if (DATA_KEYWORDS.has(key)) out[key] = value;
    else out[key] = toAjvSchema(value, SCHEMA_MAPS.has(key));
  }
  return out;
}
