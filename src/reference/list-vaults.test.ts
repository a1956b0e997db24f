import { describe, expect, it } from 'vitest';
import { testReference } from '../testing/reference-test-kit';

const arn = (name: string) => `arn:aws:glacier:us-east-1:111122223333:vaults/${name}`;

function withVaults(names: readonly string[]) {
  const ref = testReference();
  for (const name of names) ref.createVault(name);
  return ref;
}

describe('ListVaults', () => {
  it('lists vaults ASCII-sorted by name with their descriptions, Marker null on the last page', () => {
    const ref = withVaults(['b', 'B', 'a', '_x', '1']);
    const body = ref.json(ref.send('GET', '/-/vaults'));
    expect(body.VaultList.map((vault: { VaultName: string }) => vault.VaultName)).toEqual(['1', 'B', '_x', 'a', 'b']);
    expect(body.VaultList[0]).toEqual({ CreationDate: '2026-01-01T00:00:00.000Z', LastInventoryDate: null, NumberOfArchives: 0, SizeInBytes: 0, VaultARN: arn('1'), VaultName: '1' });
    expect(body.Marker).toBeNull();
  });

  it('pages by 10 without a limit and continues after the vault ARN the Marker names', () => {
    const names = Array.from({ length: 23 }, (_, i) => `v${String(i).padStart(2, '0')}`);
    const ref = withVaults(names);
    const seen: string[] = [];
    let marker: string | null = null;
    const sizes: number[] = [];
    do {
      const query: string = marker === null ? '' : `?marker=${encodeURIComponent(marker)}`;
      const body = ref.json(ref.send('GET', `/-/vaults${query}`));
      sizes.push(body.VaultList.length);
      seen.push(...body.VaultList.map((vault: { VaultName: string }) => vault.VaultName));
      if (body.Marker !== null) expect(body.Marker).toBe(arn(seen.at(-1)!));
      marker = body.Marker;
    } while (marker !== null);
    expect(sizes).toEqual([10, 10, 3]);
    expect(seen).toEqual(names);
  });

  it.each([
    ['2', 200, 2],
    ['1000', 200, 3],
    ['0', 400, 0],
    ['1001', 400, 0],
    ['x', 400, 0],
  ])('limit=%s answers %d with %d vaults', (limit, status, count) => {
    const ref = withVaults(['a', 'b', 'c']);
    const response = ref.send('GET', `/-/vaults?limit=${limit}`);
    expect(response.status).toBe(status);
    if (status === 200) expect(ref.json(response).VaultList).toHaveLength(count);
    else expect(ref.json(response).code).toBe('InvalidParameterValueException');
  });

  it('refuses a marker that names no vault with 400', () => {
    const ref = withVaults(['a']);
    const response = ref.send('GET', `/-/vaults?marker=${encodeURIComponent(arn('zz'))}`);
    expect([response.status, ref.json(response).code]).toEqual([400, 'InvalidParameterValueException']);
  });

  it('answers 403 for another account and an empty list for none', () => {
    const ref = testReference();
    expect(ref.send('GET', '/999988887777/vaults').status).toBe(403);
    expect(ref.json(ref.send('GET', '/111122223333/vaults'))).toEqual({ Marker: null, VaultList: [] });
  });
});
