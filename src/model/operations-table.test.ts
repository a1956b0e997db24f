import { describe, expect, it } from 'vitest';
import { matchOperation } from './match-operation';
import { formatOperationsTable, operationsTable } from './operations-table';
import { loadModel } from '../model/model-file';

const table = operationsTable(loadModel());
const JOB = 'HkF9p6o7yjhFx-K3CGl6fuSm6VzW9T7esGQfco8nUXVYwS0jlb5gq1JZ55yHgt5vP54ZShjoQzQVVh7vEXAMPLEjobID';

describe('operationsTable', () => {
  it('lists the nine operations in model order with their statuses', () => {
    expect(table.map((entry) => `${entry.operationId} ${entry.method} ${entry.successStatuses.join(',')} ${entry.errorStatuses.join(',')}`)).toEqual([
      'InitiateJob POST 202 400,403,404,500,503',
      'ListJobs GET 200 400,403,404,500',
      'DescribeJob GET 200 400,403,404,500',
      'GetJobOutput GET 200,206 400,403,404,500',
      'CreateVault PUT 201 400,403,500',
      'DescribeVault GET 200 400,403,404,500',
      'DeleteVault DELETE 204 400,403,404,500',
      'UploadArchive POST 201 400,403,404,408,500',
      'DeleteArchive DELETE 204 400,403,404,500',
    ]);
  });

  it('§4: collects the exception names of each operation once', () => {
    const initiate = table.find((entry) => entry.operationId === 'InitiateJob')!;
    expect(initiate.errorCodes).toContain('PolicyEnforcedException');
    expect(initiate.errorCodes.filter((code) => code === 'InsufficientCapacityException')).toHaveLength(1);
    expect(table.find((entry) => entry.operationId === 'CreateVault')!.errorCodes).not.toContain('ResourceNotFoundException');
  });

  it('formats one aligned line per operation under a header', () => {
    const lines = formatOperationsTable(table).trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^operationId\s+method\s+path\s+success\s+errors\s+error codes$/);
    expect(lines[4]!.indexOf('/{accountId}')).toBe(lines[0]!.indexOf('path'));
  });
});

describe('matchOperation', () => {
  it.each([
    ['POST', '/-/vaults/v/jobs', 'InitiateJob', { accountId: '-', vaultName: 'v' }],
    ['GET', '/-/vaults/v/jobs?limit=2&marker=M', 'ListJobs', { accountId: '-', vaultName: 'v' }],
    ['GET', `/111122223333/vaults/examplevault/jobs/${JOB}`, 'DescribeJob', { accountId: '111122223333', vaultName: 'examplevault', jobId: JOB }],
    ['get', '/-/vaults/v/jobs/J/output', 'GetJobOutput', { accountId: '-', vaultName: 'v', jobId: 'J' }],
    ['PUT', '/-/vaults/v', 'CreateVault', { accountId: '-', vaultName: 'v' }],
    ['DELETE', '/-/vaults/v/archives/a%2Fb', 'DeleteArchive', { accountId: '-', vaultName: 'v', archiveId: 'a/b' }],
  ])('matches %s %s to %s', (method, path, operationId, pathParameters) => {
    const match = matchOperation(table, method, path);
    expect(match?.operation.operationId).toBe(operationId);
    expect(match?.pathParameters).toEqual(pathParameters);
  });

  it.each([
    ['PATCH', '/-/vaults/v/jobs'],
    ['GET', '/-/vaults/v/jobs/J/output/extra'],
    ['GET', '/-/vaults//jobs'],
    ['GET', '/-/buckets/v'],
  ])('matches nothing for %s %s', (method, path) => {
    expect(matchOperation(table, method, path)).toBeUndefined();
  });
});
