import { describe, expect, it } from 'vitest';
import { parseInventoryCsv } from './inventory-document';

describe('parseInventoryCsv', () => {
  it('reads quoted fields with commas and \\" escapes, LF or CRLF (§3.6)', () => {
    const csv = 'ArchiveId,ArchiveDescription,CreationDate,Size,SHA256TreeHash\r\nid1,"a,1\\"2",2026-01-01T00:00:00Z,3,abc\nid2,plain,2026-01-02T00:00:00Z,10,def\n';
    const parsed = parseInventoryCsv(csv);
    expect(parsed).toEqual({
      ok: true,
      entries: [
        { ArchiveId: 'id1', ArchiveDescription: 'a,1"2', CreationDate: '2026-01-01T00:00:00Z', Size: 3, SHA256TreeHash: 'abc' },
        { ArchiveId: 'id2', ArchiveDescription: 'plain', CreationDate: '2026-01-02T00:00:00Z', Size: 10, SHA256TreeHash: 'def' },
      ],
    });
  });

  it('rejects a document without the header row', () => {
    expect(parseInventoryCsv('id1,x,2026,3,abc\n')).toMatchObject({ ok: false });
  });
});
