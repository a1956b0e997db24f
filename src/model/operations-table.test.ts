import { describe, expect, it } from 'vitest';
import { formatOperationsTable, operationsTable } from './operations-table';
import { loadModel } from '../model/model-file';

const table = operationsTable(loadModel());

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
