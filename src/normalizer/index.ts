/** The build-time normalizer: the Swagger 2.0 seed and the Glacier facts → the OpenAPI 3.1 model. */
export { normalizeSeed, type Normalization } from './normalize-seed';
export { parseSeed, type SeedDocument } from './seed-document';
export { loadSeed, DEFAULT_SEED, REPORT_NAME } from './spec-files';
export type { Defect, DefectKind } from './defect';
