/* Catalog */
export { CATALOG, checkDefinition } from './catalog';
export { FAMILIES, type CheckDefinition, type Family, type OperationName, type Severity } from './check-definition';
export { implementedCheckIds, type CheckFn } from './check-registry';

/* Checks, one module per family */
export { specChecks, type SpecObservation } from './spec-checks';
export { listJobsChecks } from './list-jobs-checks';
export { limitsChecks, type RejectedLimit } from './limits-checks';
export { byteRangesChecks, type RetrievalRangeObservation } from './byte-ranges-checks';
export { treeHashChecks, type DescribeHashesObservation, type OutputTreeHashReading } from './tree-hash-checks';
export { lifecycleChecks, type InitiatedFields } from './lifecycle-checks';
export { inventoryChecks, parseInventoryOutput, type ExpectedArchive, type InventoryOutput } from './inventory-checks';
export { errorsChecks } from './errors-checks';

/* Observations */
export type { ListJobsWalk, ListJobsPage, ListedJob, ListJobsFilter } from './list-jobs-walk';
export type { JobOutputObservation, ByteRange } from './job-output-observation';
export type { InventoryEntry } from './inventory-document';
