import type { OperationFact } from './fact-types';
import { JOB_OPERATION_FACTS } from './job-operation-facts';
import { VAULT_OPERATION_FACTS } from './vault-operation-facts';

/** Every operation of the model, in the order the model lists them. */
export const OPERATION_FACTS: readonly OperationFact[] = [...JOB_OPERATION_FACTS, ...VAULT_OPERATION_FACTS];
