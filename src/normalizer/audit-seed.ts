import { auditDocument } from './audit-document';
import { auditOperations } from './audit-operations';
import type { Defect } from './defect';
import type { SeedDocument } from './seed-document';

/**
 * Every defect of the seed: the document's, then the paths', then each
 * operation's in seed order (the operations the seed lacks come last).
 */
export function auditSeed(seed: SeedDocument): Defect[] {
  const operations = auditOperations(seed);
  const paths = operations.filter((defect) => defect.group === 'paths');
  return [...auditDocument(seed), ...paths, ...operations.filter((defect) => defect.group !== 'paths')];
}
