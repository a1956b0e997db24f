import type { OperationName } from '../core/glacier-api';
import type { CheckId } from './catalog';

/** The families of invariants, in the order the report lists them (design.md "Checks"). */
export const FAMILIES = ['spec', 'list-jobs', 'limits', 'byte-ranges', 'tree-hash', 'lifecycle', 'inventory', 'errors'] as const;
export type Family = (typeof FAMILIES)[number];

export type Severity = 'critical' | 'high' | 'medium' | 'low';

export type { OperationName };

/**
 * One invariant as data: what the report lists for every run, whether or not
 * it was exercised. Code refers to it by `id`; the id never changes meaning.
 */
export interface CheckDefinition<Id extends string = CheckId> {
  /** `<family>.<rule>`, stable across releases. */
  readonly id: Id;
  readonly family: Family;
  /** One present-tense sentence. */
  readonly title: string;
  /** What goes wrong for a real client or migration tool when a target breaks the rule: one or two plain sentences (docs/checks.md "Why."). */
  readonly why: string;
  /** The section of glacier-jobs-api.md the rule comes from, e.g. `§3.2`. */
  readonly source: string;
  readonly severity: Severity;
  readonly operations: readonly OperationName[];
  /** Needs state across requests: `not-run` against a stateless mock. */
  readonly stateful: boolean;
  /** Judged only when the profile declares this; `not-run` otherwise. */
  readonly needsProfile?: 'job-completion-bound';
}
