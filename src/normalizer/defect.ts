import type { Section } from './fact-types';

/** Kinds of seed defects, in the order the report's summary lists them. */
export const DEFECT_KINDS = [
  'yaml-quirk',
  'document-metadata',
  'missing-definitions',
  'missing-operation',
  'unknown-operation',
  'operation-id',
  'path-label-spelling',
  'undeclared-path-parameter',
  'parameter-without-name-or-location',
  'response-field-as-parameter',
  'request-body-field-as-parameter',
  'unknown-parameter',
  'missing-parameter',
  'wrong-success-status',
  'empty-response',
  'missing-response',
  'scraped-text',
  'contradicts-doc',
] as const;

export type DefectKind = (typeof DEFECT_KINDS)[number];

/** One defect of the seed and what the normalizer did about it. */
export interface Defect {
  readonly kind: DefectKind;
  /** `document`, or the AWS operationId the defect belongs to. */
  readonly group: string;
  /** JSON pointer into the seed (RFC 6901); `` for the whole document. */
  readonly pointer: string;
  /** 1-based line in the seed file, when the pointer names a node there. */
  readonly line?: number;
  readonly finding: string;
  readonly action: string;
  readonly source: Section;
}
