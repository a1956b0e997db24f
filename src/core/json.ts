/**
 * Plain JSON data as the normalizer handles it: the seed after YAML parsing,
 * and the OpenAPI model before it is written out.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `key`, or an empty object when it is absent or not an object (the seed is untrusted). */
export function objectAt(parent: unknown, key: string): JsonObject {
  if (!isJsonObject(parent)) return {};
  const value = parent[key];
  return isJsonObject(value) ? value : {};
}

/** The array at `key`, or an empty array when it is absent or not an array. */
export function arrayAt(parent: unknown, key: string): JsonValue[] {
  if (!isJsonObject(parent)) return [];
  const value = parent[key];
  return Array.isArray(value) ? value : [];
}

/** RFC 6901 escaping of one JSON pointer segment. */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins segments into a JSON pointer, e.g. `['paths', '/a/{b}', 'get']` → `/paths/~1a~1{b}/get`. */
export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${escapePointerSegment(String(segment))}`).join('');
}
