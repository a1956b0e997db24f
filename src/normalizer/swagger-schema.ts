import { isJsonObject, type JsonObject, type JsonValue } from '../core/json';

/** Swagger 2.0 keywords a non-body parameter or header shares with a Schema Object. */
const SCHEMA_KEYWORDS = [
  'type', 'format', 'items', 'enum', 'default', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'multipleOf',
] as const;

/**
 * Converts a Swagger 2.0 schema to JSON Schema 2020-12 (OpenAPI 3.1):
 * `#/definitions/` references move to `#/components/schemas/`, `x-nullable`
 * becomes a `null` type, `type: file` becomes a binary string, and draft-4
 * boolean exclusive bounds become numeric ones.
 */
export function convertSchema(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(convertSchema);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string') out.$ref = child.replace(/^#\/definitions\//, '#/components/schemas/');
    else if (key === 'x-nullable' || key === 'discriminator') continue;
    else out[key] = convertSchema(child);
  }
  if (value.type === 'file') {
    out.type = 'string';
    out.contentMediaType = 'application/octet-stream';
  }
  if (value['x-nullable'] === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  if (typeof value.discriminator === 'string') out.discriminator = { propertyName: value.discriminator };
  moveExclusiveBound(value, out, 'exclusiveMinimum', 'minimum');
  moveExclusiveBound(value, out, 'exclusiveMaximum', 'maximum');
  return out;
}

function moveExclusiveBound(source: JsonObject, out: JsonObject, exclusive: string, bound: string): void {
  if (typeof source[exclusive] !== 'boolean') return;
  if (source[exclusive] === true && typeof source[bound] === 'number') {
    out[exclusive] = source[bound];
    delete out[bound];
  } else {
    delete out[exclusive];
  }
}

/** The Schema Object hidden in a Swagger 2.0 non-body parameter or header (its `type`, `format`, …). */
export function schemaOfSimpleValue(value: JsonObject): JsonObject {
  const schema: JsonObject = {};
  for (const keyword of SCHEMA_KEYWORDS) {
    const keywordValue = value[keyword];
    if (keywordValue !== undefined) schema[keyword] = keywordValue;
  }
  return convertSchema(schema) as JsonObject;
}

/** Copies the `x-` extensions of a Swagger object, which OpenAPI 3.1 keeps in the same places. */
export function extensionsOf(value: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(value).filter(([key]) => key.startsWith('x-')));
}
