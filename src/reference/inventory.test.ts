import { describe, expect, it } from 'vitest';
import { treeHash } from '../treehash';
import { csvField } from './inventory';
import { bodyBytes } from './reference-http';
import { testReference } from '../testing/reference-test-kit';

function setup() {
  const ref = testReference({ config: { jobDelayMs: 0 } });
  ref.createVault('v');
  const archives = ['first', 'with, comma', 'say "hi"'].map((description, i) => {
    const bytes = Buffer.from(`archive ${i}`);
    const archiveId = ref.upload('v', bytes, description);
    ref.clock.advance(60_000);
    return { archiveId, bytes, description };
  });
  const inventory = (parameters: Record<string, unknown> = {}) => {
    const jobId = ref.initiate('v', { Type: 'inventory-retrieval', ...parameters });
    const response = ref.send('GET', `/-/vaults/v/jobs/${jobId}/output`);
    const description = ref.json(ref.send('GET', `/-/vaults/v/jobs/${jobId}`));
    return { response, text: Buffer.from(bodyBytes(response.body)).toString('utf8'), description };
  };
  return { ref, archives, inventory };
}

describe('inventory retrieval', () => {
  it('lists the vault archives as the DG JSON document (§3.6)', () => {
    const { archives, inventory } = setup();
    const { response, text } = inventory();
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers).not.toHaveProperty('x-amz-sha256-tree-hash');
    expect(JSON.parse(text)).toEqual({
      VaultARN: 'arn:aws:glacier:us-east-1:111122223333:vaults/v',
      InventoryDate: '2026-01-01T00:03:00Z',
      ArchiveList: archives.map((archive, i) => ({
        ArchiveId: archive.archiveId,
        ArchiveDescription: archive.description,
        CreationDate: `2026-01-01T00:0${i}:00.000Z`,
        Size: archive.bytes.length,
        SHA256TreeHash: treeHash(archive.bytes),
      })),
    });
  });

  it('writes CSV with a header row and the quoting rules of §3.6', () => {
    const { archives, inventory } = setup();
    const { response, text } = inventory({ Format: 'CSV' });
    expect(response.headers['content-type']).toBe('text/csv');
    const [a, b, c] = archives.map((archive) => ({ id: archive.archiveId, hash: treeHash(archive.bytes) }));
    expect(text).toBe(
      'ArchiveId,ArchiveDescription,CreationDate,Size,SHA256TreeHash\n' +
        `${a!.id},"first",2026-01-01T00:00:00.000Z,9,${a!.hash}\n` +
        `${b!.id},"with, comma",2026-01-01T00:01:00.000Z,9,${b!.hash}\n` +
        `${c!.id},"say \\"hi\\"",2026-01-01T00:02:00.000Z,9,${c!.hash}\n`,
    );
  });

  it.each([
    ['plain', false, 'plain'],
    ['plain', true, '"plain"'],
    ['a,b', false, '"a,b"'],
    ['a"b', false, '"a\\"b"'],
    ['a,1\\"2', false, '"a,1\\\\"2"'],
    ['back\\slash', false, 'back\\slash'],
  ])('writes the CSV field %j (always quoted: %s) as %s (§3.6)', (text, always, expected) => {
    expect(csvField(text, always)).toBe(expected);
  });

  it('filters by StartDate (inclusive) and EndDate (exclusive) (§3.6)', () => {
    const { archives, inventory } = setup();
    const { text } = inventory({ InventoryRetrievalParameters: { StartDate: '2026-01-01T00:01:00Z', EndDate: '2026-01-01T00:02:00Z' } });
    expect(JSON.parse(text).ArchiveList.map((a: { ArchiveId: string }) => a.ArchiveId)).toEqual([archives[1]!.archiveId]);
  });

  it('continues a limited inventory with the Marker of the completed job until it is null (§3.3, §3.6)', () => {
    const { archives, inventory } = setup();
    const listed: string[] = [];
    let marker: string | null = null;
    let rounds = 0;
    do {
      const parameters: Record<string, string> = marker === null ? { Limit: '2' } : { Limit: '2', Marker: marker };
      const { text, description } = inventory({ InventoryRetrievalParameters: parameters });
      listed.push(...JSON.parse(text).ArchiveList.map((a: { ArchiveId: string }) => a.ArchiveId));
      marker = description.InventoryRetrievalParameters.Marker;
      rounds++;
    } while (marker !== null && rounds < 5);
    expect(rounds).toBe(2);
    expect(listed).toEqual(archives.map((a) => a.archiveId));
  });

  it('keeps a continuation marker valid after the archive it names is deleted', () => {
    const { ref, archives, inventory } = setup();
    const marker = inventory({ InventoryRetrievalParameters: { Limit: '1' } }).description.InventoryRetrievalParameters.Marker;
    ref.send('DELETE', `/-/vaults/v/archives/${archives[1]!.archiveId}`);
    const { text } = inventory({ InventoryRetrievalParameters: { Marker: marker } });
    expect(JSON.parse(text).ArchiveList.map((a: { ArchiveId: string }) => a.ArchiveId)).toEqual([archives[2]!.archiveId]);
  });

  it('snapshots the vault at initiation', () => {
    const ref = testReference({ config: { jobDelayMs: 1000 } });
    ref.createVault('v');
    const jobId = ref.initiate('v', { Type: 'inventory-retrieval' });
    ref.upload('v', Buffer.from('late'));
    ref.clock.advance(1000);
    const text = Buffer.from(bodyBytes(ref.send('GET', `/-/vaults/v/jobs/${jobId}/output`).body)).toString();
    expect(JSON.parse(text).ArchiveList).toEqual([]);
  });

  it('serves a Range of the inventory with 206 (§2.4)', () => {
    const { ref, inventory } = setup();
    const jobId = ref.initiate('v', { Type: 'inventory-retrieval', Format: 'CSV' });
    const response = ref.send('GET', `/-/vaults/v/jobs/${jobId}/output`, { headers: { range: 'bytes=0-8' } });
    expect([response.status, Buffer.from(bodyBytes(response.body)).toString()]).toEqual([206, 'ArchiveId']);
    expect(inventory().response.status).toBe(200);
  });
});
