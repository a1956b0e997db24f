/**
 * The normalized Glacier model at run time: load it, list its
 * operations, and validate responses against it.
 */

/* Model */
export { loadModel, DEFAULT_MODEL } from './model-file';
export { parseModel, resolveRef, type OpenApiModel } from './model';
export { SpecInputError } from '../core/spec-input-error';

/* Operations */
export { operationsTable, formatOperationsTable, type OperationEntry } from './operations-table';

/* Validation */
export { createResponseValidator, type ResponseValidator, type ResponseHeaders } from './response-validator';
export { createModelAjv, type ModelAjv } from './model-ajv';
