import { describe, expect, it } from 'vitest';
import { MIB } from '../treehash';
import { patternBytes, testReference } from '../testing/reference-test-kit';

const ARN = 'arn:aws:glacier:us-east-1:111122223333:vaults/v';
const TOPIC = 'arn:aws:sns:us-east-1:111122223333:done';
const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [] });

function setup() {
  const ref = testReference();
  ref.createVault('v');
  const call = (method: string, path: string, body?: unknown) => {
    const response = ref.send(method, `/-/vaults/v${path}`, body === undefined ? {} : { body: JSON.stringify(body) });
    return { status: response.status, headers: response.headers, body: response.status === 204 || response.status === 201 ? null : ref.json(response) };
  };
  const account = (method: string, path: string, body?: unknown) => {
    const response = ref.send(method, `/-/${path}`, body === undefined ? {} : { body: JSON.stringify(body) });
    return { status: response.status, headers: response.headers, body: response.status >= 300 || response.status === 200 ? ref.json(response) : null };
  };
  return { ref, call, account };
}

describe('vault notifications (model: Set/Get/DeleteVaultNotifications)', () => {
  it('sets, reads back and deletes the configuration', () => {
    const { call } = setup();
    expect(call('GET', '/notification-configuration')).toMatchObject({ status: 404, body: { code: 'ResourceNotFoundException', message: `No notification configuration is set for the vault: ${ARN}` } });
    expect(call('PUT', '/notification-configuration', { SNSTopic: TOPIC, Events: ['ArchiveRetrievalCompleted'] }).status).toBe(204);
    expect(call('GET', '/notification-configuration')).toEqual({ status: 200, headers: expect.anything(), body: { SNSTopic: TOPIC, Events: ['ArchiveRetrievalCompleted'] } });
    expect(call('DELETE', '/notification-configuration').status).toBe(204);
    expect(call('GET', '/notification-configuration').status).toBe(404);
  });

  it.each([
    [{ Events: ['ArchiveRetrievalCompleted'] }, 'MissingParameterValueException'],
    [{ SNSTopic: 'topic', Events: [] }, 'InvalidParameterValueException'],
    [{ SNSTopic: TOPIC, Events: ['VaultDeleted'] }, 'InvalidParameterValueException'],
    [{ SNSTopic: TOPIC, Events: 'ArchiveRetrievalCompleted' }, 'SerializationException'],
  ])('refuses %j with %s', (config, code) => {
    const { call } = setup();
    expect(call('PUT', '/notification-configuration', config).body.code).toBe(code);
    expect(call('GET', '/notification-configuration').status).toBe(404);
  });
});

describe('tags (model: Add/List/RemoveTagsFromVault)', () => {
  it('adds, overwrites, lists and removes tags, at most 10', () => {
    const { call } = setup();
    expect(call('GET', '/tags').body).toEqual({ Tags: {} });
    expect(call('POST', '/tags?operation=add', { Tags: { a: '1', b: '2' } }).status).toBe(204);
    expect(call('POST', '/tags?operation=add', { Tags: { a: 'one' } }).status).toBe(204);
    expect(call('GET', '/tags').body).toEqual({ Tags: { a: 'one', b: '2' } });
    expect(call('POST', '/tags?operation=remove', { TagKeys: ['b', 'never'] }).status).toBe(204);
    expect(call('GET', '/tags').body).toEqual({ Tags: { a: 'one' } });
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, 'v']));
    expect(call('POST', '/tags?operation=add', { Tags: many }).body).toMatchObject({ code: 'LimitExceededException' });
    expect(call('GET', '/tags').body).toEqual({ Tags: { a: 'one' } });
    expect(call('POST', '/tags?operation=other', { Tags: {} }).status).toBe(404);
  });
});

describe('access policy (model: Set/Get/DeleteVaultAccessPolicy)', () => {
  it('stores, returns and deletes the policy; refuses one that is not JSON', () => {
    const { call } = setup();
    expect(call('GET', '/access-policy').status).toBe(404);
    expect(call('PUT', '/access-policy', { Policy: 'not json' }).body.code).toBe('InvalidParameterValueException');
    expect(call('PUT', '/access-policy', {}).body.code).toBe('MissingParameterValueException');
    expect(call('PUT', '/access-policy', { Policy: POLICY }).status).toBe(204);
    expect(call('GET', '/access-policy').body).toEqual({ Policy: POLICY });
    expect(call('DELETE', '/access-policy').status).toBe(204);
    expect(call('GET', '/access-policy').status).toBe(404);
  });
});

describe('vault lock (model: Initiate/Complete/Abort/GetVaultLock)', () => {
  it('is InProgress for 24 h with an expiration date, then Locked for good once completed', () => {
    const { ref, call } = setup();
    const started = call('POST', '/lock-policy', { Policy: POLICY });
    const lockId = started.headers['x-amz-lock-id']!;
    expect([started.status, lockId]).toEqual([201, expect.stringMatching(/^[A-Za-z0-9_-]{24}$/)]);
    expect(call('GET', '/lock-policy').body).toEqual({ Policy: POLICY, State: 'InProgress', ExpirationDate: '2026-01-02T00:00:00.000Z', CreationDate: '2026-01-01T00:00:00.000Z' });
    expect(call('POST', '/lock-policy', { Policy: POLICY }).body.code).toBe('InvalidParameterValueException');
    expect(call('POST', '/lock-policy/wrong').body.message).toBe('The lock ID is not valid: wrong');
    ref.clock.advance(23 * 3600_000);
    expect(call('POST', `/lock-policy/${lockId}`).status).toBe(204);
    ref.clock.advance(48 * 3600_000);
    expect(call('GET', '/lock-policy').body).toMatchObject({ State: 'Locked', ExpirationDate: null });
    expect(call('DELETE', '/lock-policy').status).toBe(400);
    expect(call('POST', '/lock-policy', { Policy: POLICY }).body.message).toBe(`The vault lock is already complete: ${ARN}`);
  });

  it('expires an InProgress lock after 24 h, and aborts one', () => {
    const { ref, call } = setup();
    const first = call('POST', '/lock-policy', { Policy: POLICY }).headers['x-amz-lock-id']!;
    ref.clock.advance(24 * 3600_000);
    expect(call('GET', '/lock-policy').status).toBe(404);
    expect(call('POST', `/lock-policy/${first}`).status).toBe(400);
    expect(call('POST', '/lock-policy', { Policy: POLICY }).status).toBe(201);
    expect(call('DELETE', '/lock-policy').status).toBe(204);
    expect(call('GET', '/lock-policy').status).toBe(404);
  });
});

describe('data retrieval policy and provisioned capacity (model)', () => {
  it('starts with None, sets BytesPerHour and refuses Standard retrievals over it with PolicyEnforcedException', () => {
    const { ref, account } = setup();
    expect(account('GET', 'policies/data-retrieval').body).toEqual({ Policy: { Rules: [{ Strategy: 'None' }] } });
    expect(account('PUT', 'policies/data-retrieval', { Policy: { Rules: [{ Strategy: 'BytesPerHour', BytesPerHour: 3 * MIB }] } }).status).toBe(204);
    expect(account('GET', 'policies/data-retrieval').body).toEqual({ Policy: { Rules: [{ Strategy: 'BytesPerHour', BytesPerHour: 3 * MIB }] } });
    const archiveId = ref.upload('v', patternBytes(2 * MIB));
    const job = (tier: string) => ref.send('POST', '/-/vaults/v/jobs', { body: JSON.stringify({ Type: 'archive-retrieval', ArchiveId: archiveId, Tier: tier }) });
    expect(job('Standard').status).toBe(202);
    const refused = job('Standard');
    expect([refused.status, ref.json(refused)]).toEqual([400, { code: 'PolicyEnforcedException', message: 'InitiateJob request denied by current data retrieval policy.', type: 'Client' }]);
    expect(job('Expedited').status).toBe(202);
    ref.clock.advance(3600_000);
    expect(job('Standard').status).toBe(202);
  });

  it.each([
    [{ Policy: { Rules: [{ Strategy: 'BytesPerHour' }] } }],
    [{ Policy: { Rules: [{ Strategy: 'FreeTier', BytesPerHour: 5 }] } }],
    [{ Policy: { Rules: [{ Strategy: 'Unlimited' }] } }],
    [{ Policy: { Rules: [] } }],
  ])('refuses the policy %j with 400', (policy) => {
    const { account } = setup();
    expect(account('PUT', 'policies/data-retrieval', policy).status).toBe(400);
    expect(account('GET', 'policies/data-retrieval').body.Policy.Rules[0].Strategy).toBe('None');
  });

  it('sells two capacity units of a month each, then LimitExceededException', () => {
    const { account } = setup();
    const first = account('POST', 'provisioned-capacity');
    expect([first.status, first.headers['x-amz-capacity-id']]).toEqual([201, expect.stringMatching(/^[A-Za-z0-9_-]{24}$/)]);
    account('POST', 'provisioned-capacity');
    expect(account('POST', 'provisioned-capacity').body.code).toBe('LimitExceededException');
    expect(account('GET', 'provisioned-capacity').body.ProvisionedCapacityList[0]).toEqual({
      CapacityId: first.headers['x-amz-capacity-id'],
      StartDate: '2026-01-01T00:00:00.000Z',
      ExpirationDate: '2026-01-31T00:00:00.000Z',
    });
  });
});
