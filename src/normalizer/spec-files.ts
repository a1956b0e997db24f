import { displayPath, readTextIfExists } from '../core/read-spec-file';
import { SpecInputError } from '../core/spec-input-error';
import { parseSeed, type SeedDocument } from './seed-document';

/**
 * The seed and report files of the normalizer. Everything else in the folder is
 * pure; failures here are {@link SpecInputError}s with a one-line reason.
 */
export const DEFAULT_SEED = 'specs/aws-glacier-jobs.swagger.yaml';
export const REPORT_NAME = 'normalization-report.md';

export function loadSeed(path: string): SeedDocument {
  const text = readTextIfExists(path);
  if (text === undefined) throw new SpecInputError(`seed ${displayPath(path)}: no such file`);
  return parseSeed(text, `seed ${displayPath(path)}`);
}
