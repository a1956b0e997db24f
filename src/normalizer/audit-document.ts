import type { Defect } from './defect';
import { DOCUMENT_FACTS } from './document-facts';
import { arrayAt, objectAt } from '../core/json';
import type { SeedDocument } from './seed-document';

type Draft = Omit<Defect, 'group' | 'line'> & { readonly line?: number };

/** Defects of the seed as a whole (not of one operation), each with its pointer and line. */
export function auditDocument(seed: SeedDocument): Defect[] {
  const drafts: Draft[] = [...yamlQuirks(seed), ...metadata(seed), ...missingParts(seed)];
  return drafts.map((draft) => ({ ...draft, group: 'document', line: draft.line ?? lineOf(seed, draft.pointer) }));
}

export function lineOf(seed: SeedDocument, pointer: string): number | undefined {
  return pointer === '' ? undefined : seed.lines.get(pointer);
}

function yamlQuirks(seed: SeedDocument): Draft[] {
  return seed.emptyDocumentLines.map((line) => ({
    kind: 'yaml-quirk',
    pointer: '',
    line,
    finding: `a second, empty YAML document starts at line ${line} (\`---\`), so single-document loaders reject the file`,
    action: 'read all documents and used the first; the empty ones are ignored',
    source: '§8',
  }));
}

function metadata(seed: SeedDocument): Draft[] {
  const swagger = seed.swagger;
  const drafts: Draft[] = [];
  const schemes = arrayAt(swagger, 'schemes');
  if (swagger.host === undefined || schemes.includes('http')) {
    drafts.push({
      kind: 'document-metadata',
      pointer: schemes.length ? '/schemes' : '',
      finding: `schemes ${JSON.stringify(schemes)} and ${swagger.host === undefined ? 'no host' : `host ${String(swagger.host)}`}: no usable endpoint`,
      action: `servers: ${DOCUMENT_FACTS.servers[0]!.url} (HTTPS, endpoint prefix glacier)`,
      source: '§1',
    });
  }
  const version = objectAt(swagger, 'info').version;
  if (version !== DOCUMENT_FACTS.info.version) {
    drafts.push({
      kind: 'document-metadata',
      pointer: '/info/version',
      finding: `info.version is ${JSON.stringify(version)}, not the API version`,
      action: `info.version: ${DOCUMENT_FACTS.info.version}`,
      source: '§1',
    });
  }
  for (const key of Object.keys(swagger).filter((name) => name.startsWith('x-'))) {
    drafts.push({
      kind: 'document-metadata',
      pointer: `/${key}`,
      finding: `scraper metadata \`${key}\` (not part of the API)`,
      action: 'dropped',
      source: '§8',
    });
  }
  return drafts;
}

function missingParts(seed: SeedDocument): Draft[] {
  const drafts: Draft[] = [];
  if (Object.keys(objectAt(seed.swagger, 'definitions')).length === 0) {
    drafts.push({
      kind: 'missing-definitions',
      pointer: '',
      finding: 'no `definitions`: no request or response has a schema',
      action: 'added components.schemas: JobParameters and its nested shapes, GlacierJobDescription, ListJobsOutput, InventoryDocument, DescribeVaultOutput, Error, …',
      source: '§2, §3, §4, §8',
    });
  }
  if (Object.keys(objectAt(seed.swagger, 'securityDefinitions')).length === 0) {
    drafts.push({
      kind: 'missing-definitions',
      pointer: '',
      finding: 'no `securityDefinitions`: requests look unauthenticated',
      action: 'added security scheme SigV4 (apiKey header Authorization, x-amazon-apigateway-authtype: awsSigv4) required by every operation',
      source: '§1, §8',
    });
  }
  const produces = arrayAt(seed.swagger, 'produces');
  const consumes = arrayAt(seed.swagger, 'consumes');
  if (produces.length > 0 || consumes.length > 0) {
    drafts.push({
      kind: 'document-metadata',
      pointer: produces.length ? '/produces' : '/consumes',
      finding: `every operation produces ${JSON.stringify(produces)} and consumes ${JSON.stringify(consumes)}, yet GetJobOutput returns octet-stream/CSV, 201/202/204 have no body and UploadArchive takes octet-stream`,
      action: 'media types set per request and response from the facts',
      source: '§2.4, §2.5',
    });
  }
  return drafts;
}
