import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../core/diagnostic';

/**
 * How many of ajv's errors are read, and how many diagnostics are shown: a hostile page of
 * 100,000 invalid jobs yields half a million errors, and noise filtering compares errors
 * pairwise, so an unbounded list kept a run CPU-bound for many minutes (issue 15). The
 * first problems show what is wrong; the rest are counted in one closing diagnostic.
 */
export const MAX_AJV_ERRORS_READ = 200;
export const MAX_DIAGNOSTICS = 20;

/**
 * The one place ajv errors become Diagnostics. `prefix` names what was
 * validated (`body`, `header:Location`); `value` is the validated data, used to
 * show what was received at each error's location.
 */
export function ajvErrorsToDiagnostics(errors: readonly ErrorObject[] | null | undefined, prefix: string, value: unknown): Diagnostic[] {
  const all = errors ?? [];
  const read = all.slice(0, MAX_AJV_ERRORS_READ);
  const relevant = read.filter((error) => !isNoise(error, read));
  const shown = relevant.slice(0, MAX_DIAGNOSTICS).map((error) => {
    const missing = error.keyword === 'required' ? `/${String(error.params.missingProperty)}` : '';
    return {
      path: `${prefix}${error.instancePath}${missing}`,
      message: `Received: ${missing ? '(absent)' : show(valueAt(value, error.instancePath))} / Expected: ${expectation(error)}`,
    };
  });
  if (all.length === read.length && relevant.length === shown.length) return shown;
  const more = all.length === read.length ? `${relevant.length - shown.length} more` : `more (${all.length} schema errors in all)`;
  return [...shown, { path: prefix, message: `Received: ${more} problems not shown / Expected: no problem (the first ${shown.length} are listed)` }];
}

/**
 * `if` only says its `then` failed (reported on its own); the `null` branch of
 * a nullable `anyOf` and the `anyOf` summary add nothing when the other
 * branch explains the failure.
 */
function isNoise(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword === 'if') return true;
  const explained = all.some((other) => other !== error && other.keyword !== 'anyOf' && other.keyword !== 'if' && !isNullBranch(other) && isWithin(other.instancePath, error.instancePath));
  if (error.keyword === 'anyOf') return explained;
  if (isNullBranch(error)) return all.some((other) => other.keyword === 'anyOf' && other.instancePath === error.instancePath) && explained;
  return false;
}

function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

function isNullBranch(error: ErrorObject): boolean {
  return error.keyword === 'type' && error.params.type === 'null' && /\/anyOf\/\d+\/type$/.test(error.schemaPath);
}

function expectation(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `type ${String(params.type).split(',').join(' or ')}`;
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map((allowed) => JSON.stringify(allowed)).join(', ')}`;
    case 'const':
      return JSON.stringify(params.allowedValue);
    case 'required':
      return `required property ${String(params.missingProperty)}`;
    case 'pattern':
      return `a string matching /${String(params.pattern)}/`;
    case 'format':
      return `a ${String(params.format)} string`;
    case 'additionalProperties':
      return `no property ${String(params.additionalProperty)}`;
    case 'not':
      return 'not to match the forbidden combination (see the schema)';
    default:
      return error.message ?? error.keyword;
  }
}

function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const segment of pointer.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

/** A received value in at most 80 characters. */
export function show(value: unknown): string {
  const text = value === undefined ? '(absent)' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
