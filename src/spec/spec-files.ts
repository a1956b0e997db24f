import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { packageRoot } from '../core/package-root';
import { parseModel, type OpenApiModel } from './model';
import { parseSeed, type SeedDocument } from './seed-document';
import { SpecInputError } from './spec-input-error';

/**
 * The one place src/spec reads files. Everything else in the folder is pure;
 * failures here are {@link SpecInputError}s with a one-line reason.
 */
export const DEFAULT_SEED = 'specs/aws-glacier-jobs.swagger.yaml';
export const DEFAULT_MODEL = 'specs/glacier-jobs.openapi.yaml';
export const REPORT_NAME = 'normalization-report.md';

/** A path as the reader should see it: relative to the package when inside it, else as given. */
export function displayPath(path: string): string {
  const inside = relative(packageRoot(), path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

/** File text, or undefined when the file does not exist; other read errors are SpecInputErrors. */
export function readTextIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SpecInputError(`${displayPath(path)}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

export function loadSeed(path: string): SeedDocument {
  const text = readTextIfExists(path);
  if (text === undefined) throw new SpecInputError(`seed ${displayPath(path)}: no such file`);
  return parseSeed(text, `seed ${displayPath(path)}`);
}

/** The committed model (specs/glacier-jobs.openapi.yaml unless a path is given). */
export function loadModel(path: string = join(packageRoot(), DEFAULT_MODEL)): OpenApiModel {
  const text = readTextIfExists(path);
  if (text === undefined) throw new SpecInputError(`model ${displayPath(path)}: no such file (run npm run spec)`);
  return parseModel(text, `model ${displayPath(path)}`);
}
