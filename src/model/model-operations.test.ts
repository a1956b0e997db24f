import { describe, expect, it } from 'vitest';
import { isJsonObject, type JsonObject } from '../core/json';
import { resolveRef } from './model';
import { loadModel } from '../model/model-file';

const model = loadModel();
const METHODS = ['get', 'put', 'post', 'delete'];

function operation(operationId: string): { method: string; path: string; op: JsonObject } {
  for (const [path, item] of Object.entries(model.paths)) {
    for (const [method, op] of Object.entries(item as JsonObject)) {
      if (isJsonObject(op) && op.operationId === operationId) return { method, path, op };
    }
  }
  throw new Error(`no operation ${operationId}`);
}

function parameters(operationId: string): JsonObject[] {
  const { op } = operation(operationId);
  return (op.parameters as JsonObject[]).map((parameter) => resolveRef(model, parameter));
}

function responses(operationId: string): Record<string, JsonObject> {
  const { op } = operation(operationId);
  return Object.fromEntries(Object.entries(op.responses as JsonObject).map(([status, response]) => [status, resolveRef(model, response)]));
}

describe('operations of the model', () => {
  it.each([
    ['§2.1', 'InitiateJob', 'post', '/{accountId}/vaults/{vaultName}/jobs', ['202']],
    ['§2.2', 'ListJobs', 'get', '/{accountId}/vaults/{vaultName}/jobs', ['200']],
    ['§2.3, §7.2', 'DescribeJob', 'get', '/{accountId}/vaults/{vaultName}/jobs/{jobId}', ['200']],
    ['§2.4', 'GetJobOutput', 'get', '/{accountId}/vaults/{vaultName}/jobs/{jobId}/output', ['200', '206']],
    ['§2.5', 'CreateVault', 'put', '/{accountId}/vaults/{vaultName}', ['201']],
    ['§2.5', 'DescribeVault', 'get', '/{accountId}/vaults/{vaultName}', ['200']],
    ['§2.5', 'DeleteVault', 'delete', '/{accountId}/vaults/{vaultName}', ['204']],
    ['§2.5', 'UploadArchive', 'post', '/{accountId}/vaults/{vaultName}/archives', ['201']],
    ['§2.5', 'DeleteArchive', 'delete', '/{accountId}/vaults/{vaultName}/archives/{archiveId}', ['204']],
  ])('%s: %s is %s %s answering %j', (_section, operationId, method, path, success) => {
    const found = operation(operationId);
    expect([found.method, found.path]).toEqual([method, path]);
    expect(Object.keys(responses(operationId)).filter((status) => status < '300')).toEqual(success);
  });

  it('has exactly the nine operations', () => {
    const ids = Object.values(model.paths).flatMap((item) =>
      Object.entries(item as JsonObject).filter(([method]) => METHODS.includes(method)).map(([, op]) => (op as JsonObject).operationId),
    );
    expect(ids.sort()).toEqual(['CreateVault', 'DeleteArchive', 'DeleteVault', 'DescribeJob', 'DescribeVault', 'GetJobOutput', 'InitiateJob', 'ListJobs', 'UploadArchive']);
  });

  it('§1: every operation requires x-amz-glacier-version 2012-06-01 and names its doc section', () => {
    for (const item of Object.values(model.paths)) {
      for (const op of Object.values(item as JsonObject) as JsonObject[]) {
        const version = (op.parameters as JsonObject[]).map((p) => resolveRef(model, p)).find((p) => p.name === 'x-amz-glacier-version');
        expect(version, String(op.operationId)).toMatchObject({ in: 'header', required: true, schema: { const: '2012-06-01' } });
        expect(op['x-source']).toMatch(/^§\d/);
      }
    }
  });

  it.each([
    ['accountId', '-', '123456789012', '12345678901', ['1234-5678-9012']],
    ['vaultName', 'a', 'Vault_1.x-y', 'x'.repeat(256), ['bad/name', 'sp ace', '']],
  ])('§1, §2.5: path parameter %s accepts %s and %s, rejects %s and %j', (name, ok1, ok2, bad1, bad) => {
    const parameter = parameters('ListJobs').find((p) => p.name === name)!;
    const pattern = new RegExp((parameter.schema as JsonObject).pattern as string);
    expect([parameter.in, parameter.required]).toEqual(['path', true]);
    expect([ok1, ok2].map((value) => pattern.test(value))).toEqual([true, true]);
    expect([bad1, ...bad].some((value) => pattern.test(value))).toBe(false);
  });

  it('§2.2: ListJobs takes exactly limit, marker, statuscode and completed as query parameters', () => {
    const query = parameters('ListJobs').filter((p) => p.in === 'query');
    expect(query.map((p) => p.name)).toEqual(['limit', 'marker', 'statuscode', 'completed']);
    expect(query.find((p) => p.name === 'statuscode')!.schema).toMatchObject({ enum: ['InProgress', 'Succeeded', 'Failed'] });
    expect(query.find((p) => p.name === 'completed')!.schema).toMatchObject({ type: 'string', enum: ['true', 'false'] });
    // §7.6: 1000 must not be rejected by the schema, only documented as outside the current 1–50.
    const limit = query.find((p) => p.name === 'limit')!;
    expect(new RegExp((limit.schema as JsonObject).pattern as string).test('1000')).toBe(true);
    expect(limit['x-glacier-limit']).toMatchObject({ minimum: 1, maximum: 50, default: 50 });
  });

  it('§2.1–§2.5: no other operation has query parameters', () => {
    const others = ['InitiateJob', 'DescribeJob', 'GetJobOutput', 'CreateVault', 'DescribeVault', 'DeleteVault', 'UploadArchive', 'DeleteArchive'];
    expect(others.flatMap((id) => parameters(id).filter((p) => p.in === 'query'))).toEqual([]);
  });

  it.each([
    ['§2.4', 'GetJobOutput', [['Range', false]]],
    ['§2.5', 'UploadArchive', [['x-amz-sha256-tree-hash', true], ['x-amz-content-sha256', true], ['x-amz-archive-description', false], ['Content-Length', true]]],
    ['§2.1', 'InitiateJob', []],
  ])('%s: %s takes request headers %j besides the API version', (_section, operationId, expected) => {
    const headers = parameters(operationId).filter((p) => p.in === 'header' && p.name !== 'x-amz-glacier-version');
    expect(headers.map((p) => [p.name, p.required])).toEqual(expected);
  });
});
