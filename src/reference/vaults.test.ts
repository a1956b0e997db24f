import { describe, expect, it } from 'vitest';
import { testReference } from '../testing/reference-test-kit';

describe('CreateVault', () => {
  it('answers 201 with the numeric account id in Location, also for `-` (§1, §2.5)', () => {
    const ref = testReference();
    const response = ref.send('PUT', '/-/vaults/photos');
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe('/111122223333/vaults/photos');
    expect(response.body).toEqual({ kind: 'empty' });
  });

  it('is idempotent and keeps the vault as it was (§2.5)', () => {
    const ref = testReference();
    ref.createVault('v');
    ref.upload('v', Buffer.from('a'));
    expect(ref.send('PUT', '/111122223333/vaults/v').status).toBe(201);
    expect(ref.state.vaults.get('v')!.archives.size).toBe(1);
  });

  it.each(['a b', 'x'.repeat(256), 'caf%C3%A9', 'a%2Fb'])('rejects the vault name %j with 400 (§2.5)', (name) => {
    const ref = testReference();
    const response = ref.send('PUT', `/-/vaults/${name}`);
    expect(response.status).toBe(400);
    expect(ref.json(response).code).toBe('InvalidParameterValueException');
    expect(ref.state.vaults.size).toBe(0);
  });

  it('accepts every allowed character and 255 of them (§2.5)', () => {
    const ref = testReference();
    expect(ref.send('PUT', '/-/vaults/aZ09_-.').status).toBe(201);
    expect(ref.send('PUT', `/-/vaults/${'v'.repeat(255)}`).status).toBe(201);
  });

  it('refuses a vault beyond the account limit with LimitExceededException (§2.5)', () => {
    const ref = testReference({ config: { maxVaults: 2 } });
    ref.createVault('a');
    ref.createVault('b');
    const response = ref.send('PUT', '/-/vaults/c');
    expect([response.status, ref.json(response).code]).toEqual([400, 'LimitExceededException']);
    expect(ref.send('PUT', '/-/vaults/a').status).toBe(201);
  });
});

describe('DescribeVault', () => {
  it('reports the ARN, counts and size (§2.5)', () => {
    const ref = testReference();
    ref.createVault('v');
    ref.upload('v', Buffer.from('abc'));
    const body = ref.json(ref.send('GET', '/-/vaults/v'));
    expect(body).toMatchObject({
      VaultARN: 'arn:aws:glacier:us-east-1:111122223333:vaults/v',
      VaultName: 'v',
      NumberOfArchives: 1,
      SizeInBytes: 3,
      CreationDate: '2026-01-01T00:00:00.000Z',
    });
  });

  it('answers 404 with the vault ARN for an unknown vault (§4)', () => {
    const ref = testReference();
    const response = ref.send('GET', '/-/vaults/nope');
    expect(response.status).toBe(404);
    expect(ref.json(response)).toEqual({
      code: 'ResourceNotFoundException',
      message: 'Vault not found for ARN: arn:aws:glacier:us-east-1:111122223333:vaults/nope',
      type: 'Client',
    });
  });
});

describe('DeleteVault', () => {
  it('deletes an empty vault with 204 (§2.5)', () => {
    const ref = testReference();
    ref.createVault('v');
    expect(ref.send('DELETE', '/-/vaults/v').status).toBe(204);
    expect(ref.send('GET', '/-/vaults/v').status).toBe(404);
  });

  it('refuses a vault holding archives with the quoted message (§2.5, §4)', () => {
    const ref = testReference();
    ref.createVault('v');
    const id = ref.upload('v', Buffer.from('a'));
    const response = ref.send('DELETE', '/-/vaults/v');
    expect(response.status).toBe(400);
    expect(ref.json(response).message).toBe('Vault not empty or recently written to: arn:aws:glacier:us-east-1:111122223333:vaults/v');
    expect(ref.send('DELETE', `/-/vaults/v/archives/${id}`).status).toBe(204);
    expect(ref.send('DELETE', '/-/vaults/v').status).toBe(204);
  });

  it('answers 404 for an unknown vault, the precise reading of §7 item 10', () => {
    const ref = testReference();
    expect(ref.send('DELETE', '/-/vaults/never').status).toBe(404);
  });
});
