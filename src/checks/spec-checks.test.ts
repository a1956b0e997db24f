import { describe, expect, it } from 'vitest';
import { EXCEPTION_FACTS } from '../normalizer/error-facts';
import { judge } from './judge';

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
