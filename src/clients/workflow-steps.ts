/**
 * The steps of every client's workflow, in order (README "Real clients"): each client's
 * script prints `ok STEP` as it finishes one, so a test sees a workflow that stopped early
 * or skipped a step, not only its exit code.
 */
export const WORKFLOW_STEPS = [
  'vaults',
  'upload',
  'multipart',
  'inventory-json',
  'inventory-csv',
  'retrieval-whole',
  'retrieval-range',
  'list-jobs',
  'errors',
  'cleanup',
] as const;

export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];
