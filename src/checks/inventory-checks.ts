import type { Diagnostic } from '../core/diagnostic';
import { defineChecks } from './check-registry';
import { expectThat, show } from './expect';
import { parseInventoryCsv, parseInventoryJson, type InventoryEntry, type ParsedInventory } from './inventory-document';
import { duplicates } from './list-jobs-walk';
import type { ExchangeResponse } from '../core/exchange';

/** An archive as the model uploaded it. */
export interface ExpectedArchive {
  readonly ArchiveId: string;
  readonly ArchiveDescription: string;
  readonly Size: number;
  readonly SHA256TreeHash: string;
}

export interface InventoryOutput {
  readonly format: 'JSON' | 'CSV';
  readonly response: ExchangeResponse;
}

export function parseInventoryOutput(output: InventoryOutput): ParsedInventory {
  if (output.format === 'JSON') {
    if (output.response.json !== undefined) return parseInventoryJson(output.response.json);
    try {
      // Job output is streamed: the transport keeps small bodies as text, it does not parse them.
      return parseInventoryJson(JSON.parse(output.response.text ?? ''));
    } catch {
      return { ok: false, error: 'body is not JSON' };
    }
  }
  return output.response.text === undefined ? { ok: false, error: 'no body text' } : parseInventoryCsv(output.response.text);
}

const describeEntry = (entry: ExpectedArchive | InventoryEntry) =>
  `${entry.ArchiveId}|${entry.Size}|${entry.SHA256TreeHash}|${entry.ArchiveDescription}`;

function compareEntries(path: string, received: readonly InventoryEntry[], expected: readonly ExpectedArchive[]): Diagnostic[] {
  const got = received.map(describeEntry).sort();
  const want = expected.map(describeEntry).sort();
  const same = got.length === want.length && got.every((line, index) => line === want[index]);
  return expectThat(path, same, got, `${show(want)} (ArchiveId|Size|SHA256TreeHash|ArchiveDescription)`);
}

export const inventoryChecks = defineChecks('inventory', {
  'inventory.lists-vault-archives': ({ output, expected }: { output: InventoryOutput; expected: readonly ExpectedArchive[] }): Diagnostic[] => {
    const parsed = parseInventoryOutput(output);
    if (!parsed.ok) return [{ path: 'body', message: `Received: ${parsed.error}\nExpected: a ${output.format} inventory (§3.6)` }];
    return compareEntries('body/ArchiveList', parsed.entries, expected);
  },

  'inventory.json-csv-agree': ({ json, csv }: { json: readonly InventoryEntry[]; csv: readonly InventoryEntry[] }) =>
    compareEntries('body', csv, json.map((entry) => ({ ...entry, Size: Number(entry.Size) }))),

  /** Pages of an inventory walk (Limit, then Marker from DescribeJob, §3.6). */
  'inventory.limit-marker-continuation': (o: { limit: number; pages: readonly (readonly InventoryEntry[])[]; lastMarker: unknown; expectedIds: readonly string[] }): Diagnostic[] => {
    const ids = o.pages.flatMap((page) => page.map((entry) => entry.ArchiveId));
    const lost = o.expectedIds.filter((id) => !ids.includes(id));
    return [
      ...o.pages.flatMap((page, index) => expectThat(`pages/${index}`, page.length <= o.limit, `${page.length} archives`, `at most Limit=${o.limit}`)),
      ...expectThat('ArchiveList', duplicates(ids).length === 0 && lost.length === 0, `repeated ${show(duplicates(ids))}, missing ${show(lost)}`, 'every archive exactly once'),
      ...expectThat('InventoryRetrievalParameters/Marker', o.lastMarker === null || o.lastMarker === undefined, o.lastMarker, 'null once every archive was listed'),
    ];
  },

  'inventory.content-type': (o: InventoryOutput) => {
    const wanted = o.format === 'JSON' ? 'application/json' : 'text/csv';
    const received = o.response.headers['content-type'];
    return expectThat('header:content-type', received?.split(';')[0]?.trim() === wanted, received, wanted);
  },
});
