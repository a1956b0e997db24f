import type { Family } from '../checks/check-definition';
import { JOB_STATE_FAULTS } from './faults-job-state';
import { LISTING_FAULTS } from './faults-listing';
import { OUTPUT_FAULTS } from './faults-output';
import { UNMEASURED_FAULTS } from './faults-unmeasured';
import type { ReferenceRules } from '../reference/reference-rules';

/**
 * A faulty variant of the reference: exactly one rule replaced. The suite's
 * own tests and `npm run mutants` run it to prove the family meant to catch
 * the fault does (issue 8: detection power).
 */
export interface Fault {
  readonly name: string;
  /** The invariant family that must catch it. */
  readonly family: Family;
  readonly description: string;
  /** One member: the rule the fault replaces. */
  readonly rules: Partial<ReferenceRules>;
}

/** Every fault, grouped by the part of the API it breaks: listings, job output, job state and errors. */
export const FAULTS: readonly Fault[] = [...LISTING_FAULTS, ...OUTPUT_FAULTS, ...JOB_STATE_FAULTS];

/** Every fault `serve --fault` can serve: the measured catalogue and the vault API's (faults-unmeasured.ts). */
export const ALL_FAULTS: readonly Fault[] = [...FAULTS, ...UNMEASURED_FAULTS];

export function faultNamed(name: string): Fault | undefined {
  return ALL_FAULTS.find((fault) => fault.name === name);
}

/** One fault per family, quick to catch: the fast subset the fault tests and the verdict-latency benchmark use. */
export const ONE_FAULT_PER_FAMILY = [
  ['spec', 'describe-job-201'],
  ['list-jobs', 'page-skips-job'],
  ['limits', 'default-limit-wrong'],
  ['byte-ranges', 'content-range-total-is-length'],
  ['tree-hash', 'odd-node-duplicated'],
  ['lifecycle', 'never-completes'],
  ['inventory', 'csv-quote-unescaped'],
  ['errors', 'xml-error-body'],
] as const;
