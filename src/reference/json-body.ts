import { GlacierErrors, type GlacierError } from './glacier-errors';

export type JsonFieldType = 'string' | 'object' | 'array';
export type JsonObject = Readonly<Record<string, unknown>>;

/**
 * Parses a request body that must be one JSON object. Malformed JSON and anything but
 * an object are SerializationException 400 (DG:api-error-responses, §4); an empty body
 * reads as `{}` so that the missing members are reported by name instead.
 */
export function parseJsonObject(body: Uint8Array): JsonObject | GlacierError {
  if (body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch (error) {
    return GlacierErrors.malformedJson((error as Error).message);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return GlacierErrors.badShape('Expected a JSON object as the request body');
  }
  return value as JsonObject;
}

/**
 * Checks `object` against a table of member names and JSON types. An unknown member or a
 * member of the wrong type is a SerializationException, as AWS JSON front ends answer
 * a body that does not fit the operation's shape. `null` counts as absent.
 */
export function checkMembers(object: JsonObject, types: Readonly<Record<string, JsonFieldType>>, where: string): GlacierError | undefined {
  for (const [name, value] of Object.entries(object)) {
    const expected = types[name];
    if (expected === undefined) return GlacierErrors.badShape(`Unknown member ${name} in ${where}`);
    if (value === null) continue;
    const actual = Array.isArray(value) ? 'array' : typeof value;
    if (actual !== expected) return GlacierErrors.badShape(`Member ${name} of ${where} must be a JSON ${expected}, got ${actual}`);
  }
  return undefined;
}

/** A string member, or null when absent or null (after {@link checkMembers} vouched for its type). */
export function stringMember(object: JsonObject, name: string): string | null {
  const value = object[name];
  return typeof value === 'string' ? value : null;
}

/** An object member, or null when absent or null. */
export function objectMember(object: JsonObject, name: string): JsonObject | null {
  const value = object[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/** Printable ASCII (0x20–0x7E), at most 1024 characters: archive and job descriptions (§2.1, §2.5). */
export function isValidDescription(text: string): boolean {
  return text.length <= 1024 && /^[\x20-\x7e]*$/.test(text);
}
