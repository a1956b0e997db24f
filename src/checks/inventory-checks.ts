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
  /** When its upload was sent and answered (the scheduler's clock): an inventory as of a snapshot needs it. */
  readonly uploaded?: RequestWindow;
  /** When its DeleteArchive was sent and answered, if the model deleted it. */
  readonly deleted?: RequestWindow;
}

/** A request's span on the scheduler's clock: sent, then answered. */
export interface RequestWindow {
  readonly sentAt: number;
  readonly answeredAt: number;
}

/**
 * How an inventory is judged as the vault's last snapshot (§9.2, the `snapshot` reading):
 * which archives the model may have seen in the vault, when the job was initiated (no
 * snapshot is newer), and how far the target's clock may be from the scheduler's.
 */
export interface SnapshotJudging {
  readonly candidates: readonly ExpectedArchive[];
  readonly initiatedAt: number;
  readonly clockSkewMs: number;
}

type Presence = 'listed' | 'absent' | 'either';

/**
 * Whether an archive is owed in a snapshot taken within [low, high] (scheduler's clock):
 * uploaded (and answered) before it and not deleted by then: listed; uploaded after it,
 * or deleted before it: absent; anything within the clock skew of it: either.
 */
function presenceIn(archive: ExpectedArchive, low: number, high: number, skew: number): Presence {
  const { uploaded, deleted } = archive;
  if (!uploaded) return deleted ? 'either' : 'listed';
  if (uploaded.sentAt - skew > high || (deleted && deleted.answeredAt + skew < low)) return 'absent';
  if (uploaded.answeredAt + skew < low && (!deleted || deleted.sentAt - skew > high)) return 'listed';
  return 'either';
}

/**
 * When the snapshot may have been taken, on the scheduler's clock: its InventoryDate (to
 * the second, §3.6) when the output carries one, else after the newest archive it lists
 * was uploaded (a CSV inventory has no date); never after the job was initiated.
 */
function snapshotBounds(inventoryDates: readonly (string | undefined)[], listed: readonly ExpectedArchive[], judging: SnapshotJudging): { low: number; high: number } {
  const skew = judging.clockSkewMs;
  const dates = inventoryDates.map((date) => (date === undefined ? Number.NaN : Date.parse(date)));
  const latest = judging.initiatedAt + skew;
  if (dates.length > 0 && dates.every(Number.isFinite)) return { low: Math.min(...dates), high: Math.min(latest, Math.max(...dates) + 999) };
  const uploads = listed.flatMap((archive) => (archive.uploaded ? [archive.uploaded.sentAt - skew] : []));
  return { low: uploads.length > 0 ? Math.max(...uploads) : Number.NEGATIVE_INFINITY, high: latest };
}

/** What a snapshot inventory (or the pages of one walk) must list, may list, and lists that it may not. */
function judgeSnapshot(path: string, received: readonly InventoryEntry[], inventoryDates: readonly (string | undefined)[], judging: SnapshotJudging): Diagnostic[] {
  const byLine = new Map(judging.candidates.map((archive) => [describeEntry(archive), archive]));
  const listed = received.flatMap((entry) => byLine.get(describeEntry(entry)) ?? []);
  const { low, high } = snapshotBounds(inventoryDates, listed, judging);
  const presence = (archive: ExpectedArchive) => presenceIn(archive, low, high, judging.clockSkewMs);
  const lines = received.map(describeEntry);
  const unknown = received.filter((entry) => !byLine.has(describeEntry(entry)) || presence(byLine.get(describeEntry(entry))!) === 'absent').map(describeEntry);
  const missing = judging.candidates.filter((archive) => presence(archive) === 'listed' && !lines.includes(describeEntry(archive))).map(describeEntry);
  const repeated = duplicates(received.map((entry) => entry.ArchiveId));
  const when = inventoryDates.every((date) => date !== undefined) && inventoryDates.length > 0 ? `InventoryDate ${inventoryDates.join(', ')}` : 'the snapshot (after the newest archive listed)';
  return expectThat(
    path,
    unknown.length === 0 && missing.length === 0 && repeated.length === 0,
    `missing ${show(missing)}, not in the vault at ${when} ${show(unknown)}, repeated ${show(repeated)}`,
    `every archive uploaded before ${when} and not deleted by then, each once, nothing uploaded after it or deleted before it (ArchiveId|Size|SHA256TreeHash|ArchiveDescription; §3.6, §9.2)`,
  );
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
  /** `expected`: the vault as of the job (the `live` reading); `snapshot`: judged as of InventoryDate instead (§9.2). */
  'inventory.lists-vault-archives': ({ output, expected, snapshot }: { output: InventoryOutput; expected: readonly ExpectedArchive[]; snapshot?: SnapshotJudging }): Diagnostic[] => {
    const parsed = parseInventoryOutput(output);
    if (!parsed.ok) return [{ path: 'body', message: `Received: ${parsed.error}\nExpected: a ${output.format} inventory (§3.6)` }];
    return snapshot ? judgeSnapshot('body/ArchiveList', parsed.entries, [parsed.inventoryDate], snapshot) : compareEntries('body/ArchiveList', parsed.entries, expected);
  },

  'inventory.json-csv-agree': ({ json, csv }: { json: readonly InventoryEntry[]; csv: readonly InventoryEntry[] }) =>
    compareEntries('body', csv, json.map((entry) => ({ ...entry, Size: Number(entry.Size) }))),

  /** Pages of an inventory walk (Limit, then Marker from DescribeJob, §3.6). */
  /** `expectedIds`: the vault as of the walk (`live`); `snapshot`: as of the pages' InventoryDate instead (§9.2). */
  'inventory.limit-marker-continuation': (o: { limit: number; pages: readonly (readonly InventoryEntry[])[]; lastMarker: unknown; expectedIds: readonly string[]; snapshot?: SnapshotJudging & { readonly inventoryDates: readonly (string | undefined)[] } }): Diagnostic[] => {
    const ids = o.pages.flatMap((page) => page.map((entry) => entry.ArchiveId));
    const lost = o.expectedIds.filter((id) => !ids.includes(id));
    return [
      ...o.pages.flatMap((page, index) => expectThat(`pages/${index}`, page.length <= o.limit, `${page.length} archives`, `at most Limit=${o.limit}`)),
      ...(o.snapshot
        ? judgeSnapshot('ArchiveList', o.pages.flat(), o.snapshot.inventoryDates, o.snapshot)
        : expectThat('ArchiveList', duplicates(ids).length === 0 && lost.length === 0, `repeated ${show(duplicates(ids))}, missing ${show(lost)}`, 'every archive exactly once')),
      ...expectThat('InventoryRetrievalParameters/Marker', o.lastMarker === null || o.lastMarker === undefined, o.lastMarker, 'null once every archive was listed'),
    ];
  },

  'inventory.content-type': (o: InventoryOutput) => {
    const wanted = o.format === 'JSON' ? 'application/json' : 'text/csv';
    const received = o.response.headers['content-type'];
    return expectThat('header:content-type', received?.split(';')[0]?.trim() === wanted, received, wanted);
  },
});
