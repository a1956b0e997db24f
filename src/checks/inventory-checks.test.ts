import { describe, expect, it } from 'vitest';
import { judge } from './judge';
import type { ExpectedArchive, SnapshotJudging } from './inventory-checks';

const T0 = Date.UTC(2026, 0, 1);
const MIN = 60_000;
const at = (ms: number) => ({ sentAt: T0 + ms, answeredAt: T0 + ms + 5 });
const archive = (id: string, uploadedAtMs: number, deletedAtMs?: number): ExpectedArchive => ({
  ArchiveId: id, ArchiveDescription: `d-${id}`, Size: 10, SHA256TreeHash: 'ab', uploaded: at(uploadedAtMs), ...(deletedAtMs !== undefined ? { deleted: at(deletedAtMs) } : {}),
});
const entry = (a: ExpectedArchive) => ({ ArchiveId: a.ArchiveId, ArchiveDescription: a.ArchiveDescription, CreationDate: '2026-01-01T00:00:00Z', Size: a.Size, SHA256TreeHash: a.SHA256TreeHash });
const json = (inventoryDateMs: number, listed: readonly ExpectedArchive[]) => ({
  format: 'JSON' as const,
  response: { status: 200, headers: {}, bytes: 0, json: { VaultARN: 'v', InventoryDate: new Date(T0 + inventoryDateMs).toISOString().replace(/\.\d{3}Z$/, 'Z'), ArchiveList: listed.map(entry) } },
});

// Uploaded an hour before the snapshot, two minutes after it (within the skew), a day after; deleted an hour after it.
const old = archive('old', 0);
const nearly = archive('near', 62 * MIN);
const late = archive('late', 24 * 60 * MIN);
const goneLater = archive('gone-later', 0, 2 * 60 * MIN);
const goneBefore = archive('gone-before', 0, 30 * MIN);
const candidates = [old, nearly, late, goneLater, goneBefore];
const judging = (clockSkewMs: number): SnapshotJudging => ({ candidates, initiatedAt: T0 + 25 * 60 * MIN, clockSkewMs });
const lists = (listed: readonly ExpectedArchive[], skew = 5 * MIN, inventoryDateMs = 60 * MIN) =>
  judge('inventory.lists-vault-archives', { output: json(inventoryDateMs, listed), expected: [], snapshot: judging(skew) });

describe('inventory.lists-vault-archives as of the snapshot (the snapshot reading, §9.2)', () => {
  it('accepts an upload after InventoryDate absent or (within the skew) present, and an archive deleted after it still listed', () => {
    expect(lists([old, goneLater])).toEqual([]);
    expect(lists([old, nearly, goneLater])).toEqual([]);
    // gone-later was still in the vault at InventoryDate: the snapshot owes it, though it is deleted now.
    expect(lists([old, nearly])).toHaveLength(1);
  });

  it('fails an archive uploaded well before InventoryDate and never deleted that is missing', () => {
    expect(lists([goneLater]).map((d) => d.path)).toEqual(['body/ArchiveList']);
    expect(lists([goneLater])[0]!.message).toContain('old');
  });

  it('fails an archive listed that was uploaded after the snapshot, or deleted before it, or repeated', () => {
    expect(lists([old, late])[0]!.message).toContain('late');
    expect(lists([old, goneBefore])[0]!.message).toContain('gone-before');
    expect(lists([old, old])).toHaveLength(1);
  });

  it('with no skew (the embedded reference shares the clock) the near upload is owed', () => {
    expect(lists([old], 0, 63 * MIN)).toHaveLength(1);
    expect(lists([old, nearly, goneLater], 0, 63 * MIN)).toEqual([]);
  });

  it('a CSV inventory has no InventoryDate: what it lists bounds the snapshot from below', () => {
    const csv = (listed: readonly ExpectedArchive[]) => ({
      format: 'CSV' as const,
      response: { status: 200, headers: {}, bytes: 0, text: ['ArchiveId,ArchiveDescription,CreationDate,Size,SHA256TreeHash', ...listed.map((a) => `${a.ArchiveId},${a.ArchiveDescription},2026-01-01T00:00:00Z,${a.Size},${a.SHA256TreeHash}`)].join('\n') },
    });
    const judged = (listed: readonly ExpectedArchive[]) => judge('inventory.lists-vault-archives', { output: csv(listed), expected: [], snapshot: judging(5 * MIN) });
    expect(judged([])).toEqual([]);
    expect(judged([old, nearly])).toEqual([]);
    expect(judged([nearly])).toHaveLength(1); // listing the near one dates the snapshot after it, so the old one is owed
  });

  it('without the snapshot reading the inventory is the vault as of the job, exactly (live)', () => {
    const output = json(60 * MIN, [old]);
    expect(judge('inventory.lists-vault-archives', { output, expected: [old] })).toEqual([]);
    expect(judge('inventory.lists-vault-archives', { output, expected: [old, nearly] })).toHaveLength(1);
  });
});

describe('inventory.limit-marker-continuation as of the snapshot (§9.2)', () => {
  const walk = (pages: readonly (readonly ExpectedArchive[])[], inventoryDateMs = 60 * MIN) =>
    judge('inventory.limit-marker-continuation', {
      limit: 2, pages: pages.map((page) => page.map(entry)), lastMarker: null, expectedIds: candidates.map((a) => a.ArchiveId),
      snapshot: { ...judging(5 * MIN), inventoryDates: pages.map(() => new Date(T0 + inventoryDateMs).toISOString()) },
    });

  it('accepts pages of the snapshot, fails a page that repeats or leaves out an owed archive', () => {
    expect(walk([[old, goneLater]])).toEqual([]);
    expect(walk([[old], [goneLater]])).toEqual([]);
    expect(walk([[goneLater], [goneLater]])).toHaveLength(1);
    expect(walk([[goneLater]])).toHaveLength(1);
  });
});
