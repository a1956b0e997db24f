import { errorsByStatus } from './build-responses';
import type { Defect } from './defect';
import type { OperationFact, SuccessFact } from './fact-types';
import { HEADER_FACTS } from './header-facts';
import { escapePointerSegment, isJsonObject, objectAt, type JsonObject } from '../core/json';

type Draft = Omit<Defect, 'group' | 'line'>;

/**
 * Compares the seed's responses with the facts: success statuses the service
 * does not use, documented statuses with neither schema nor headers, success
 * statuses the seed lacks, and the missing error responses.
 */
export function auditResponses(pointer: string, operation: JsonObject, fact: OperationFact): Draft[] {
  const responses = objectAt(operation, 'responses');
  const at = (status: string) => `${pointer}/responses/${escapePointerSegment(status)}`;
  const drafts: Draft[] = [];
  const successStatuses = fact.success.map((success) => String(success.status));
  const seedSuccess = Object.keys(responses).filter((status) => /^2\d\d$/.test(status));
  let replaced = false;
  for (const status of seedSuccess) {
    const success = fact.success.find((candidate) => String(candidate.status) === status);
    if (!success) {
      replaced = true;
      drafts.push({
        kind: 'wrong-success-status', pointer: at(status),
        finding: `success status ${status}, but the service answers ${successStatuses.join(' or ')}`,
        action: `replaced by ${fact.success.map(describeSuccess).join('; ')}`, source: fact.success[0]!.source,
      });
    } else if (isEmpty(responses[status])) {
      drafts.push({
        kind: 'empty-response', pointer: at(status),
        finding: `${status} has no schema and no headers`,
        action: `described as ${describeSuccess(success)}`, source: success.source,
      });
    }
  }
  // A replaced status already lists every success response in its action.
  const absent = fact.success.filter((success) => !(String(success.status) in responses));
  if (!replaced && absent.length) {
    drafts.push({
      kind: 'missing-response', pointer: `${pointer}/responses`,
      finding: `no ${absent.map((success) => success.status).join(', ')} response`,
      action: `added ${absent.map(describeSuccess).join('; ')}`, source: absent[0]!.source,
    });
  }
  const errorStatuses = [...errorsByStatus(fact).keys()].filter((status) => !(String(status) in responses));
  if (errorStatuses.length) {
    drafts.push({
      kind: 'missing-response', pointer: `${pointer}/responses`,
      finding: 'no error responses',
      action: `added ${errorStatuses.join(', ')} with the {code, message, type} Error body, x-glacier-errors and one example per exception`,
      source: fact.errorsSource,
    });
  }
  return drafts;
}

function isEmpty(response: unknown): boolean {
  return !isJsonObject(response) || (response.schema === undefined && response.headers === undefined);
}

function describeSuccess(success: SuccessFact): string {
  const headers = success.headers.map((id) => HEADER_FACTS.find((header) => header.id === id)!.name);
  const body = success.content ? success.content.map((content) => `${content.mediaType} ${content.schema}`).join(' | ') : 'no body';
  return `${success.status} (${body}${headers.length ? `; headers ${headers.join(', ')}` : ''})`;
}
