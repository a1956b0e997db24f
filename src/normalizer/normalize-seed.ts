import { auditSeed } from './audit-seed';
import { buildModel } from './build-model';
import type { Defect } from './defect';
import type { JsonObject } from '../core/json';
import type { SeedDocument } from './seed-document';
import { convertSwagger } from './swagger-to-openapi';

export interface Normalization {
  /** The OpenAPI 3.1 model of the real API. */
  readonly model: JsonObject;
  /** What was wrong with the seed and what was done about it. */
  readonly defects: readonly Defect[];
}

/**
 * The whole normalization, pure: convert the Swagger 2.0 seed to OpenAPI 3.1,
 * lay the Glacier facts over it, and list the seed's defects.
 */
export function normalizeSeed(seed: SeedDocument): Normalization {
  const converted = convertSwagger(seed.swagger);
  return { model: buildModel(converted.document), defects: auditSeed(seed) };
}
