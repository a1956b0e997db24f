/** Serialized forms of frozen objects: immutable, so their text never changes. */
const texts = new WeakMap<object, string>();

/**
 * JSON.stringify for the core's plain-data bodies, remembering the text of every frozen
 * object it meets. A ListJobs page is mostly job descriptions that were serialized on
 * the previous request (describeJob hands out the same frozen object until the job's
 * status changes), so a page becomes a concatenation instead of a re-serialization.
 */
export function jsonText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const cached = texts.get(value);
  if (cached !== undefined) return cached;
  const text = Array.isArray(value) ? `[${value.map((item) => jsonText(item ?? null)).join(',')}]` : objectText(value);
  if (Object.isFrozen(value)) texts.set(value, text);
  return text;
}

function objectText(object: object): string {
  const members: string[] = [];
  for (const [key, member] of Object.entries(object)) {
    // JSON.stringify leaves out undefined members and functions; so do we.
    if (member === undefined || typeof member === 'function') continue;
    members.push(`${JSON.stringify(key)}:${jsonText(member)}`);
  }
  return `{${members.join(',')}}`;
}
