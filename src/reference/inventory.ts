import type { Archive, InventoryFormat } from './glacier-state';
import { inventoryMarker } from './ids';
import type { InventoryRequest } from './inventory-parameters';
import { isoDate } from './job-lifecycle';

/** The archives one inventory job lists, and where the next one continues (§3.6). */
export interface InventorySelection {
  readonly archives: readonly Archive[];
  readonly continuationMarker: string | null;
}

/**
 * Picks the archives of an inventory: CreationDate ≥ StartDate and < EndDate, from the
 * Marker on, at most Limit of them, in upload order (§3.6). When more remain, the
 * continuation marker names the first one left out; else it is null.
 * The reference's inventory is always current, unlike AWS's ~daily one (§2.1).
 */
export function selectInventory(archives: Iterable<Archive>, request: InventoryRequest): InventorySelection {
  const selected: Archive[] = [];
  for (const archive of archives) {
    if (request.startMs !== null && archive.creationDate < request.startMs) continue;
    if (request.endMs !== null && archive.creationDate >= request.endMs) continue;
    if (request.resumeAtSequence !== null && archive.sequence < request.resumeAtSequence) continue;
    if (request.limitCount !== null && selected.length === request.limitCount) {
      return { archives: selected, continuationMarker: inventoryMarker(archive.sequence) };
    }
    selected.push(archive);
  }
  return { archives: selected, continuationMarker: null };
}

/** `2011-12-12T14:19:01Z`: InventoryDate is written to the second in the DG example (§3.6). */
function secondsDate(ms: number): string {
  return isoDate(ms).replace(/\.\d{3}Z$/, 'Z');
}

/** One CSV field (§3.6): quoted when asked or when it holds `,` or `"`; `"` written as `\"`, backslash kept as is. */
export function csvField(text: string, alwaysQuote: boolean): string {
  if (!alwaysQuote && !/[,"]/.test(text)) return text;
  return `"${text.replaceAll('"', '\\"')}"`;
}

const CSV_HEADER = 'ArchiveId,ArchiveDescription,CreationDate,Size,SHA256TreeHash';

/**
 * The job output of an inventory retrieval, as bytes (§3.6). JSON follows the DG's
 * document shape; CSV has the header row real output carries and always quotes the
 * description, as real descriptions are observed quoted (mt-aws-glacier test data).
 */
export function renderInventory(
  format: InventoryFormat,
  vaultArn: string,
  inventoryDate: number,
  archives: readonly Archive[],
  quote: (text: string, alwaysQuote: boolean) => string = csvField,
): Uint8Array {
  if (format === 'JSON') {
    const document = {
      VaultARN: vaultArn,
      InventoryDate: secondsDate(inventoryDate),
      ArchiveList: archives.map((archive) => ({
        ArchiveId: archive.archiveId,
        ArchiveDescription: archive.description,
        CreationDate: isoDate(archive.creationDate),
        Size: archive.bytes.length,
        SHA256TreeHash: archive.treeHash,
      })),
    };
    return Buffer.from(JSON.stringify(document), 'utf8');
  }
  const rows = archives.map((archive) =>
    [
      quote(archive.archiveId, false),
      quote(archive.description, true),
      quote(isoDate(archive.creationDate), false),
      String(archive.bytes.length),
      quote(archive.treeHash, false),
    ].join(','),
  );
  return Buffer.from([CSV_HEADER, ...rows].map((line) => `${line}\n`).join(''), 'utf8');
}
