import { EXCEPTION_FACTS } from '../normalizer/error-facts';

/**
 * AWS error codes and the HTTP statuses each implies (glacier-jobs-api.md §4),
 * read from the model's own facts so the oracle and the model never disagree.
 * InsufficientCapacityException is a §7.5 conflict: 400 (model) or 503
 * (developer guide); both are accepted. The reference keeps its own copy.
 */
export const ERROR_STATUSES: ReadonlyMap<string, readonly number[]> = new Map(EXCEPTION_FACTS.map((fact) => [fact.name, fact.statuses]));

/** Error `type` values (§3.1). */
export const ERROR_TYPES: readonly unknown[] = ['Client', 'Server', 'Unknown'];
