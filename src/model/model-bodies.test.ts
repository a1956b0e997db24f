import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../core/json';
import { resolveRef } from './model';
import { createModelAjv } from './model-ajv';
import { loadModel } from '../model/model-file';

const model = loadModel();
const schemas = model.components.schemas as Record<string, JsonObject>;
const ajv = createModelAjv(model);

function operation(operationId: string): JsonObject {
  for (const item of Object.values(model.paths) as JsonObject[]) {
    for (const op of Object.values(item) as JsonObject[]) if (op.operationId === operationId) return op;
  }
  throw new Error(operationId);
}

function response(operationId: string, status: string): JsonObject {
  return resolveRef(model, (operation(operationId).responses as JsonObject)[status]);
}

describe('bodies of the model', () => {
  it('§2.1, §7.1: the InitiateJob body is the bare JobParameters object', () => {
    const body = operation('InitiateJob').requestBody as JsonObject;
    expect(body).toMatchObject({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/JobParameters' } } } });
    expect(Object.keys(schemas.JobParameters!.properties as JsonObject)).not.toContain('jobParameters');
    const validate = ajv.compile({ $ref: '#/components/schemas/JobParameters' });
    expect(validate({ Type: 'archive-retrieval', ArchiveId: 'A', RetrievalByteRange: '0-1048575', Tier: 'Bulk' })).toBe(true);
    expect(validate({ jobParameters: { Type: 'archive-retrieval', ArchiveId: 'A' } })).toBe(false);
  });

  it.each([
    ['archive-retrieval without ArchiveId', { Type: 'archive-retrieval' }],
    ['inventory-retrieval with ArchiveId', { Type: 'inventory-retrieval', ArchiveId: 'A' }],
    ['inventory-retrieval with RetrievalByteRange', { Type: 'inventory-retrieval', RetrievalByteRange: '0-1048575' }],
    ['select without OutputLocation', { Type: 'select', ArchiveId: 'A' }],
    ['unknown Type', { Type: 'archive', ArchiveId: 'A' }],
    ['Tier in lower case', { Type: 'archive-retrieval', ArchiveId: 'A', Tier: 'bulk' }],
    ['Limit as a number', { Type: 'inventory-retrieval', InventoryRetrievalParameters: { Limit: 10 } }],
    ['non-ASCII Description', { Type: 'inventory-retrieval', Description: 'caf\u00e9' }],
    ['Grantee without Type', { Type: 'select', ArchiveId: 'A', OutputLocation: { S3: { AccessControlList: [{ Grantee: {}, Permission: 'READ' }] } } }],
  ])('§2.1, §3.1: JobParameters rejects %s', (_case, body) => {
    expect(ajv.compile({ $ref: '#/components/schemas/JobParameters' })(body)).toBe(false);
  });

  it.each([
    ['InventoryRetrievalParameters', 'InventoryRetrievalJobInput'],
    ['SelectParameters', 'SelectParameters'],
    ['OutputLocation', 'OutputLocation'],
  ])('§2.1: JobParameters.%s refers to %s', (property, target) => {
    expect((schemas.JobParameters!.properties as JsonObject)[property]).toEqual({ $ref: `#/components/schemas/${target}` });
  });

  it.each([
    ['Completed', 'boolean'],
    ['ArchiveSizeInBytes', ['integer', 'null']],
    ['InventorySizeInBytes', ['integer', 'null']],
    ['JobDescription', ['string', 'null']],
    ['CompletionDate', ['string', 'null']],
    ['SHA256TreeHash', ['string', 'null']],
    ['RetrievalByteRange', ['string', 'null']],
    ['StatusCode', 'string'],
  ])('§2.3: GlacierJobDescription.%s has JSON type %j', (property, type) => {
    expect(((schemas.GlacierJobDescription!.properties as JsonObject)[property] as JsonObject).type).toEqual(type);
  });

  it('§2.2: ListJobsOutput is {JobList, Marker: string|null}', () => {
    const properties = schemas.ListJobsOutput!.properties as Record<string, JsonObject>;
    expect(properties.JobList).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/GlacierJobDescription' } });
    expect(properties.Marker!.type).toEqual(['string', 'null']);
  });

  it('§2.4, §3.6: GetJobOutput serves archive bytes, JSON inventory and CSV inventory on 200 and 206', () => {
    for (const status of ['200', '206']) {
      const content = response('GetJobOutput', status).content as Record<string, JsonObject>;
      expect(Object.fromEntries(Object.entries(content).map(([type, media]) => [type, (media.schema as JsonObject).$ref]))).toEqual({
        'application/octet-stream': '#/components/schemas/ArchiveBytes',
        'application/json': '#/components/schemas/InventoryDocument',
        'text/csv': '#/components/schemas/InventoryCsv',
      });
    }
  });

  it('§2.5: UploadArchive takes an application/octet-stream body', () => {
    expect(Object.keys((operation('UploadArchive').requestBody as JsonObject).content as JsonObject)).toEqual(['application/octet-stream']);
  });

  it.each([
    ['InitiateJob', '202', ['Location', 'x-amz-job-id', 'x-amz-job-output-path']],
    ['GetJobOutput', '200', ['Accept-Ranges', 'x-amz-sha256-tree-hash', 'x-amz-archive-description']],
    ['GetJobOutput', '206', ['Content-Range', 'Accept-Ranges', 'x-amz-sha256-tree-hash', 'x-amz-archive-description']],
    ['CreateVault', '201', ['Location']],
    ['UploadArchive', '201', ['Location', 'x-amz-archive-id', 'x-amz-sha256-tree-hash']],
    ['DeleteArchive', '204', []],
  ])('§2: %s %s carries headers %j plus x-amzn-RequestId and Date', (operationId, status, headers) => {
    expect(Object.keys(response(operationId, status).headers as JsonObject)).toEqual([...headers, 'x-amzn-RequestId', 'Date']);
  });

  it.each([
    ['InitiateJob', ['400', '403', '404', '500', '503']],
    ['ListJobs', ['400', '403', '404', '500']],
    ['CreateVault', ['400', '403', '500']],
    ['UploadArchive', ['400', '403', '404', '408', '500']],
  ])('§4: %s documents error statuses %j with the Error body and x-amzn-RequestId', (operationId, statuses) => {
    const errors = Object.keys(operation(operationId).responses as JsonObject).filter((status) => status >= '400');
    expect(errors).toEqual(statuses);
    for (const status of errors) {
      const error = response(operationId, status);
      expect((error.content as any)['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
      expect(resolveRef(model, (error.headers as JsonObject)['x-amzn-RequestId'])).toMatchObject({ required: true });
    }
  });

  it('§4, §7.5: InsufficientCapacityException is documented as both 400 and 503 for InitiateJob', () => {
    expect(response('InitiateJob', '400')['x-glacier-errors']).toContain('InsufficientCapacityException');
    expect(response('InitiateJob', '503')['x-glacier-errors']).toEqual(['InsufficientCapacityException']);
  });

  it('§4: the Error body is {code, message, type} with type Client|Server|Unknown', () => {
    expect(schemas.Error).toMatchObject({ required: ['code', 'message', 'type'], properties: { type: { enum: ['Client', 'Server', 'Unknown'] } } });
  });

  it('§1: every operation is signed with the SigV4 scheme', () => {
    expect(model.security).toEqual([{ SigV4: [] }]);
    expect((model.components.securitySchemes as JsonObject).SigV4).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization', 'x-amazon-apigateway-authtype': 'awsSigv4' });
  });

  it('names the doc section of every schema, parameter and header component', () => {
    for (const kind of ['schemas', 'parameters', 'headers']) {
      const unsourced = Object.entries(model.components[kind] as Record<string, JsonObject>).filter(([, value]) => !/^§\d/.test(String(value['x-source'])));
      expect(unsourced.map(([name]) => `${kind}/${name}`)).toEqual([]);
    }
  });
});
