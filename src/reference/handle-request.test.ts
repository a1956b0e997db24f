import { describe, expect, it } from 'vitest';
import { handleRequest } from './handle-request';
import { glacierRequest, testReference } from '../testing/reference-test-kit';
import { referenceRules } from './reference-rules';

describe('handleRequest', () => {
  it('puts x-amzn-RequestId and Date on every response, errors included (§1)', () => {
    const ref = testReference();
    const responses = [ref.send('PUT', '/-/vaults/v'), ref.send('GET', '/-/vaults/none'), ref.send('GET', '/nowhere')];
    for (const response of responses) {
      expect(response.headers['x-amzn-requestid']).toMatch(/^[A-Za-z0-9_-]{46}$/);
      expect(response.headers.date).toBe('Thu, 01 Jan 2026 00:00:00 GMT');
    }
    expect(new Set(responses.map((r) => r.headers['x-amzn-requestid'])).size).toBe(3);
  });

  it('answers a request without x-amz-glacier-version with the quoted error (§1)', () => {
    const ref = testReference();
    const response = ref.handle({ method: 'PUT', path: '/-/vaults/v', headers: {}, body: new Uint8Array(0) });
    expect(response.status).toBe(400);
    expect(ref.json(response)).toEqual({
      code: 'MissingParameterValueException',
      message: 'Required parameter missing: API version',
      type: 'Client',
    });
    expect(ref.state.vaults.size).toBe(0);
  });

  it('rejects another API version with 400', () => {
    const ref = testReference();
    const response = ref.send('PUT', '/-/vaults/v', { headers: { 'x-amz-glacier-version': '2011-01-01' } });
    expect([response.status, ref.json(response).code]).toEqual([400, 'InvalidParameterValueException']);
  });

  it('accepts `-` and the configured account id, and answers 403 AccessDeniedException for another (§1)', () => {
    const ref = testReference({ config: { accountId: '123456789012' } });
    expect(ref.send('PUT', '/-/vaults/a').status).toBe(201);
    expect(ref.send('PUT', '/123456789012/vaults/b').status).toBe(201);
    const other = ref.send('PUT', '/111122223333/vaults/c');
    expect([other.status, ref.json(other).code]).toEqual([403, 'AccessDeniedException']);
  });

  it.each([
    ['GET', '/'],
    ['GET', '/-/vault/v'],
    ['PATCH', '/-/vaults/v'],
    ['GET', '/-/vaults/v/multipart-uploads/u/parts'],
    ['GET', '/-/vaults/v/jobs/j/output/extra'],
    ['GET', '/-/vaults/%E0%A4%A/jobs'],
    ['GET', '/-/vaults//jobs'],
  ])('answers %s %s with 404 and an AWS-shaped body', (method, path) => {
    const ref = testReference();
    const response = ref.send(method, path);
    expect(response.status).toBe(404);
    expect(ref.json(response)).toMatchObject({ code: 'UnknownOperationException', type: 'Client' });
  });

  it('turns a failing rule into 500 ServiceUnavailableException and keeps the state', () => {
    const ref = testReference({ rules: { parseListLimit: () => { throw new Error('boom'); } } });
    ref.createVault('v');
    const before = ref.state.vaults;
    const response = ref.send('GET', '/-/vaults/v/jobs');
    expect([response.status, ref.json(response)]).toEqual([500, { code: 'ServiceUnavailableException', message: expect.any(String), type: 'Server' }]);
    expect(ref.state.vaults).toBe(before);
  });

  it('never mutates the state it is given', () => {
    const ref = testReference();
    const before = ref.state;
    const snapshot = JSON.stringify([...before.vaults.keys()]);
    const after = handleRequest(before, glacierRequest('PUT', '/-/vaults/v'), 0, referenceRules());
    expect(after.state.vaults.has('v')).toBe(true);
    expect(JSON.stringify([...before.vaults.keys()])).toBe(snapshot);
    expect(before.counters.requests).toBe(0);
  });
});
