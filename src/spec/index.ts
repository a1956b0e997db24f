/**
 * The normalized Glacier model for the rest of the suite: load it, list and
 * match its operations, and validate responses against it.
 */

/* Model */
export { loadModel, DEFAULT_MODEL, DEFAULT_SEED } from './spec-files';
export { parseModel, resolveRef, type OpenApiModel } from './model';
export { SpecInputError } from './spec-input-error';

/* Operations */
export { operationsTable, formatOperationsTable, type OperationEntry } from './operations-table';
export { matchOperation, type OperationMatch } from './match-operation';

/* Validation */
export { createResponseValidator, type ResponseValidator, type ResponseHeaders } from './response-validator';
export { createModelAjv, type ModelAjv } from './model-ajv';

/* Normalization */
export { normalizeSeed, type Normalization } from './normalize-seed';
export { parseSeed, type SeedDocument } from './seed-document';
export type { Defect, DefectKind } from './defect';
