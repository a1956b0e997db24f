import { lineOf } from './audit-document';
import { auditParameters, factParameters } from './audit-parameters';
import { auditResponses } from './audit-responses';
import { pathShape } from './build-model';
import type { Defect } from './defect';
import type { OperationFact } from './fact-types';
import { isJsonObject, objectAt, pointerOf, type JsonObject } from '../core/json';
import { OPERATION_FACTS } from './operation-facts';
import type { SeedDocument } from './seed-document';
import { HTTP_METHODS } from './swagger-to-openapi';

type Draft = Omit<Defect, 'group' | 'line'>;

/** Seed prose that contradicts the doc; the model follows the doc. */
const PROSE_CONFLICTS = [
  {
    pattern: /default limit is 1000/i,
    finding: 'description says "The default limit is 1000" (2017 DG)',
    action: 'model documents limit 1–50, default 50, and records the 1000 reading in `x-glacier-limit`',
    source: '§3.2, §7.6',
  },
] as const;

/** Defects of each seed operation, of each seed path, and the operations the seed lacks. */
export function auditOperations(seed: SeedDocument): Defect[] {
  const defects: Defect[] = [];
  const found = new Set<string>();
  for (const [path, item] of Object.entries(objectAt(seed.swagger, 'paths'))) {
    defects.push(...auditPathLabels(seed, path));
    for (const method of HTTP_METHODS) {
      const at = ['paths', path, method];
      const operation = objectAt(item, method);
      if (!isJsonObject(objectAt(item, method)) || Object.keys(operation).length === 0) continue;
      const fact = OPERATION_FACTS.find((candidate) => candidate.method === method && pathShape(candidate.path) === pathShape(path));
      const group = fact?.operationId ?? 'document';
      const drafts = fact ? auditOperation(at, path, operation, fact) : [unknownOperation(at, method, path)];
      if (fact) found.add(fact.operationId);
      defects.push(...drafts.map((draft) => ({ ...draft, group, line: lineOf(seed, draft.pointer) })));
    }
  }
  const missing = OPERATION_FACTS.filter((fact) => !found.has(fact.operationId)).map((fact) => ({
    kind: 'missing-operation' as const, group: fact.operationId, pointer: '/paths',
    line: lineOf(seed, '/paths'),
    finding: `no ${fact.method.toUpperCase()} ${fact.path} (${fact.summary})`,
    action: `added ${fact.operationId} from the facts`,
    source: fact.source,
  }));
  return [...defects, ...missing];
}

function unknownOperation(at: string[], method: string, path: string): Draft {
  return { kind: 'unknown-operation', pointer: pointerOf(at), finding: `${method.toUpperCase()} ${path} is not an operation of the model`, action: 'dropped', source: '§2' };
}

function auditOperation(at: string[], path: string, operation: JsonObject, fact: OperationFact): Draft[] {
  const pointer = pointerOf(at);
  const drafts: Draft[] = [];
  if (operation.operationId !== fact.operationId) {
    drafts.push({
      kind: 'operation-id', pointer: `${pointer}/operationId`,
      finding: `operationId ${JSON.stringify(operation.operationId)} is not the AWS operation name`,
      action: `operationId: ${fact.operationId}`, source: fact.source,
    });
  }
  drafts.push(...undeclaredPathParameters(pointer, path, operation, fact));
  drafts.push(...auditParameters(at, operation, fact));
  const declared = (Array.isArray(operation.parameters) ? operation.parameters : []).filter(isJsonObject);
  const missing = factParameters(fact).filter((wire) => !declared.some((seen) => seen.name === wire.name && seen.in === wire.in));
  if (missing.length) {
    drafts.push({
      kind: 'missing-parameter', pointer: operation.parameters ? `${pointer}/parameters` : pointer,
      finding: `lacks ${missing.map((wire) => `${wire.in} \`${wire.name}\``).join(', ')}`,
      action: 'added from the facts', source: [...new Set(missing.map((wire) => wire.source))].join('; ') as Defect['source'],
    });
  }
  drafts.push(...auditResponses(pointer, operation, fact));
  drafts.push(...auditText(pointer, operation, fact));
  return drafts;
}

function undeclaredPathParameters(pointer: string, path: string, operation: JsonObject, fact: OperationFact): Draft[] {
  const declared = (Array.isArray(operation.parameters) ? operation.parameters : [])
    .filter((parameter) => isJsonObject(parameter) && parameter.in === 'path')
    .map((parameter) => (parameter as JsonObject).name);
  const labels = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!).filter((label) => !declared.includes(label));
  if (labels.length === 0) return [];
  return [{
    kind: 'undeclared-path-parameter', pointer: operation.parameters ? `${pointer}/parameters` : pointer,
    finding: `path labels ${labels.map((label) => `{${label}}`).join(', ')} have no \`in: path\` parameter`,
    action: `declared ${[...fact.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).join(', ')} as required path parameters with their patterns`,
    source: '§1, §2.5',
  }];
}

function auditText(pointer: string, operation: JsonObject, fact: OperationFact): Draft[] {
  const drafts: Draft[] = [];
  const action = `replaced by the doc's summary ${JSON.stringify(fact.summary)} and description`;
  const summary = String(operation.summary ?? '');
  if (/\s{2,}/.test(summary)) {
    drafts.push({ kind: 'scraped-text', pointer: `${pointer}/summary`, finding: `summary ${JSON.stringify(summary)} has doubled spaces`, action, source: fact.source });
  }
  const description = String(operation.description ?? '');
  const artifacts = [
    /[\t]/.test(description) ? 'scraped tab indentation' : '',
    /^(Description|Initiate Job \(POST jobs\))(?=\S)/.test(description) ? 'a page heading glued to the first word' : '',
    /&#\d+;/.test(description) ? 'HTML entities' : '',
    /Requests$/.test(description.trim()) ? 'text cut off at the next heading ("Requests")' : '',
  ].filter(Boolean);
  if (artifacts.length) {
    drafts.push({ kind: 'scraped-text', pointer: `${pointer}/description`, finding: `description has ${artifacts.join(', ')}`, action, source: fact.source });
  }
  for (const conflict of PROSE_CONFLICTS) {
    if (conflict.pattern.test(description)) drafts.push({ kind: 'contradicts-doc', pointer: `${pointer}/description`, ...omitPattern(conflict) });
  }
  for (const key of Object.keys(operation).filter((name) => name.startsWith('x-'))) {
    drafts.push({ kind: 'document-metadata', pointer: `${pointer}/${key}`, finding: `scraper metadata \`${key}\``, action: 'dropped', source: '§8' });
  }
  return drafts;
}

function omitPattern({ finding, action, source }: (typeof PROSE_CONFLICTS)[number]) {
  return { finding, action, source };
}

/** Path labels that differ from the wire labels, and spellings that differ between seed paths. */
function auditPathLabels(seed: SeedDocument, path: string): Defect[] {
  const fact = OPERATION_FACTS.find((candidate) => pathShape(candidate.path) === pathShape(path));
  if (!fact) return [];
  const labels = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const wire = [...fact.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  if (labels.every((label, index) => label === wire[index])) return [];
  const others = Object.keys(objectAt(seed.swagger, 'paths')).flatMap((other) => [...other.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!));
  const clashes = labels.flatMap((label) => {
    const variants = [...new Set(others.filter((other) => other.toLowerCase() === label.toLowerCase() && other !== label))];
    return variants.map((variant) => `\`${label}\` here, \`${variant}\` in other paths`);
  });
  const pointer = pointerOf(['paths', path]);
  return [{
    kind: 'path-label-spelling', group: 'paths', pointer, line: lineOf(seed, pointer),
    finding: `labels ${labels.map((label) => `{${label}}`).join(', ')} are not the wire labels ${wire.map((label) => `{${label}}`).join(', ')}${clashes.length ? ` (inconsistent spelling: ${clashes.join('; ')})` : ''}`,
    action: `path renamed to ${fact.path}`,
    source: '§1, §2',
  }];
}
