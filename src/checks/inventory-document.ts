/** One archive as an inventory lists it (§3.6). */
export interface InventoryEntry {
  readonly ArchiveId: string;
  readonly ArchiveDescription: string;
  readonly CreationDate: string;
  readonly Size: number;
  readonly SHA256TreeHash: string;
}

/** A parsed inventory; a JSON one carries its InventoryDate (the snapshot it lists, §9.2), a CSV one has none. */
export type ParsedInventory = { ok: true; entries: InventoryEntry[]; inventoryDate?: string } | { ok: false; error: string };

/** Parses the JSON inventory document `{VaultARN, InventoryDate, ArchiveList}`. */
export function parseInventoryJson(body: unknown): ParsedInventory {
  const list = (body as { ArchiveList?: unknown } | null)?.ArchiveList;
  if (!Array.isArray(list)) return { ok: false, error: 'no ArchiveList array' };
  const stray = list.findIndex((entry) => entry === null || typeof entry !== 'object' || Array.isArray(entry));
  if (stray !== -1) return { ok: false, error: `ArchiveList/${stray} is not an object: ${JSON.stringify(list[stray])}` };
  const date = (body as { InventoryDate?: unknown }).InventoryDate;
  return { ok: true, entries: list as InventoryEntry[], ...(typeof date === 'string' ? { inventoryDate: date } : {}) };
}

/**
 * Parses a CSV inventory: header `ArchiveId,ArchiveDescription,CreationDate,Size,SHA256TreeHash`,
 * LF or CRLF, fields optionally wrapped in `"`, an embedded quote written `\"`
 * and backslash otherwise literal (§3.6).
 */
export function parseInventoryCsv(text: string): ParsedInventory {
  const rows = text.split(/\r?\n/).filter((line) => line.length > 0).map(splitCsvLine);
  const header = rows.shift()?.join(',');
  if (header !== 'ArchiveId,ArchiveDescription,CreationDate,Size,SHA256TreeHash') {
    return { ok: false, error: `unexpected CSV header ${JSON.stringify(header)}` };
  }
  const bad = rows.find((row) => row.length !== 5);
  if (bad) return { ok: false, error: `a CSV row has ${bad.length} fields: ${JSON.stringify(bad)}` };
  return {
    ok: true,
    entries: rows.map(([ArchiveId, ArchiveDescription, CreationDate, Size, SHA256TreeHash]) => ({
      ArchiveId: ArchiveId!,
      ArchiveDescription: ArchiveDescription!,
      CreationDate: CreationDate!,
      Size: Number(Size),
      SHA256TreeHash: SHA256TreeHash!,
    })),
  };
}

function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let index = 0;
  while (index <= line.length) {
    if (line[index] === '"') {
      let value = '';
      index += 1;
      while (index < line.length && line[index] !== '"') {
        if (line[index] === '\\' && line[index + 1] === '"') index += 1;
        value += line[index];
        index += 1;
      }
      fields.push(value);
      index += 2; // closing quote and comma
    } else {
      const comma = line.indexOf(',', index);
      const end = comma === -1 ? line.length : comma;
      fields.push(line.slice(index, end));
      index = end + 1;
    }
  }
  return fields;
}
