import { describe, expect, it } from 'vitest';
import { EXCEPTION_FACTS } from '../normalizer/error-facts';
import { judge } from './judge';
import { createResponseValidator } from '../model/response-validator';
import { loadModel } from '../model/model-file';
import type { InventoryJobTier } from './spec-checks';

const errorResponse = (status: number, code: string, type = 'Client') => ({ status, headers: {}, bytes: 0, json: { code, message: 'm', type } });
const errorBody = (status: number, code: string, type?: string) =>
  judge('spec.error-body', { operation: 'ListJobs', response: errorResponse(status, code, type), modelDiagnostics: [] });

describe('spec.error-body', () => {
  it('accepts every exception of the model at each status the model gives it (§4)', () => {
    for (const fact of EXCEPTION_FACTS) for (const status of fact.statuses) expect(errorBody(status, fact.name, fact.type), fact.name).toEqual([]);
  });

  it('holds ThrottlingException and MissingAuthenticationTokenException to 400, as the model does (§4)', () => {
    expect(errorBody(429, 'ThrottlingException').map((diagnostic) => diagnostic.path)).toEqual(['status']);
    expect(errorBody(403, 'MissingAuthenticationTokenException').map((diagnostic) => diagnostic.path)).toEqual(['status']);
  });

  it('accepts both readings of InsufficientCapacityException (§7.5)', () => {
    expect(errorBody(400, 'InsufficientCapacityException')).toEqual([]);
    expect(errorBody(503, 'InsufficientCapacityException', 'Server')).toEqual([]);
  });
});

describe('spec.response-body and Tier on an inventory job (§3.3, §9)', () => {
  const validate = createResponseValidator(loadModel());
  const headers = { 'content-type': 'application/json', 'x-amzn-requestid': 'r', date: 'Sun, 25 Mar 2012 12:00:00 GMT' };
  const job = (fields: Record<string, unknown>) => ({
    JobId: 'j', Action: 'InventoryRetrieval', VaultARN: 'arn:aws:glacier:us-east-1:123456789012:vaults/v', CreationDate: '2013-01-01T06:35:58.317Z', Completed: false, StatusCode: 'InProgress', ...fields,
  });
  const judged = (operation: 'DescribeJob' | 'ListJobs', json: unknown, reading?: InventoryJobTier) => {
    const response = { status: 200, headers, bytes: 0, json };
    return judge('spec.response-body', { operation, response, modelDiagnostics: validate(operation, 200, headers, json), ...(reading ? { inventoryJobTier: reading } : {}) }).map((d) => d.path);
  };

  it('the aws reading accepts Tier null, absent or a tier on inventory jobs, in DescribeJob and ListJobs', () => {
    for (const tier of [{ Tier: null }, {}, { Tier: 'Standard' }]) {
      expect(judged('DescribeJob', job(tier), 'string-null-or-absent')).toEqual([]);
      expect(judged('ListJobs', { JobList: [job({ Tier: 'Bulk' }), job(tier)], Marker: null }, 'string-null-or-absent')).toEqual([]);
    }
  });

  it('the strict reading (reference) fails Tier null on an inventory job, and no reading accepts it on an archive job', () => {
    expect(judged('DescribeJob', job({ Tier: null }), 'string-or-absent')).toContain('body/Tier');
    expect(judged('DescribeJob', job({ Tier: null }))).toContain('body/Tier');
    expect(judged('ListJobs', { JobList: [job({}), job({ Tier: null })] }, 'string-or-absent')).toContain('body/JobList/1/Tier');
    const archive = job({ Action: 'ArchiveRetrieval', ArchiveId: 'a', Tier: null });
    expect(judged('DescribeJob', archive, 'string-null-or-absent')).toContain('body/Tier');
    expect(judged('DescribeJob', job({}), 'string-or-absent')).toEqual([]);
  });
});
