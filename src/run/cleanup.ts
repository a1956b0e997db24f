import type { GlacierClient } from '../transport/glacier-client';
import type { StateLedger } from './state-ledger';

/** What a cleanup left: the vaults deleted, and those the target still refuses, with why and what to do. */
export interface CleanupOutcome {
  readonly deletedVaults: readonly string[];
  readonly deletedArchives: number;
  readonly remaining: readonly { readonly name: string; readonly reason: string }[];
}

const AFTER_INVENTORY = 'Glacier keeps a vault that held archives until its next inventory (§2.5, §9.2): delete it after its next inventory, about a day (run cleanup again then)';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `cleanup --state FILE`: deletes every archive the state records as present, then every vault it
 * records, in that order; the answers go through the ledger, so the state says what is gone. Only
 * names the state recorded are ever sent. Idempotent: what is already gone is skipped or answers 404.
 */
export async function cleanupFromState(ledger: StateLedger, client: GlacierClient): Promise<CleanupOutcome> {
  let deletedArchives = 0;
  const deletedVaults: string[] = [];
  const remaining: { name: string; reason: string }[] = [];
  for (const vault of ledger.current().vaults) {
    if (vault.status === 'deleted') continue;
    for (const archive of ledger.current().archives) {
      if (archive.vault !== vault.name || archive.status !== 'present' || archive.archiveId === undefined) continue;
      const exchange = await client.deleteArchive({ vaultName: vault.name, archiveId: archive.archiveId });
      if (exchange.response && exchange.response.status < 300) deletedArchives += 1;
    }
    await client.deleteVault({ vaultName: vault.name });
    const after = ledger.current().vaults.find((known) => known.name === vault.name);
    if (after?.status === 'deleted') {
      deletedVaults.push(vault.name);
      continue;
    }
    const archives = ledger.current().archives.filter((archive) => archive.vault === vault.name);
    const left = archives.filter((archive) => archive.status === 'present').length;
    const unknown = archives.filter((archive) => archive.status === 'possibly-present').length;
    const reasons = [
      after?.status === 'delete-refused' ? `DeleteVault answered ${after.refusal}` : 'DeleteVault got no answer',
      left ? `${left} archive${left === 1 ? '' : 's'} could not be deleted` : '',
      unknown ? `${unknown} upload${unknown === 1 ? '' : 's'} to it got no answer, so the archive, if any, has an id only the vault's inventory lists` : '',
      AFTER_INVENTORY,
    ].filter(Boolean);
    remaining.push({ name: vault.name, reason: reasons.join('; ') });
  }
  return { deletedVaults, deletedArchives, remaining };
}

/** The account's vault names (ListVaults, every page). */
export async function listVaultNames(client: GlacierClient, accountId: string): Promise<string[] | { error: string }> {
  const names: string[] = [];
  let marker: string | undefined;
  for (let page = 0; page < 1000; page += 1) {
    const exchange = await client.raw({ operation: 'ListVaults', method: 'GET', segments: [accountId, 'vaults'], query: [['marker', marker]], mode: 'json' });
    const json = exchange.response?.json;
    if (!exchange.outcome.ok || !isObject(json) || !Array.isArray(json['VaultList'])) {
      return { error: `ListVaults answered ${exchange.response?.status ?? (exchange.outcome.ok ? 'nothing' : exchange.outcome.failure.message)}` };
    }
    for (const vault of json['VaultList']) if (isObject(vault) && typeof vault['VaultName'] === 'string') names.push(vault['VaultName']);
    marker = typeof json['Marker'] === 'string' && json['Marker'] !== '' ? json['Marker'] : undefined;
    if (!marker) break;
  }
  return names;
}

/**
 * `cleanup --target URL --run-id ID`, without a state: the vaults whose names start with this
 * run's exact prefix `<prefix>-<runId>-` (ListVaults), each deleted; their archives are unknown
 * without the state or an inventory, so a vault that still holds some is reported, not emptied.
 */
export async function cleanupByRunId(client: GlacierClient, accountId: string, prefix: string, runId: string): Promise<CleanupOutcome | { error: string }> {
  const names = await listVaultNames(client, accountId);
  if (!Array.isArray(names)) return names;
  const own = `${prefix}-${runId}-`;
  const deletedVaults: string[] = [];
  const remaining: { name: string; reason: string }[] = [];
  for (const name of names.filter((candidate) => candidate.startsWith(own))) {
    const exchange = await client.deleteVault({ vaultName: name });
    const status = exchange.response?.status;
    const code = exchange.outcome.ok ? undefined : exchange.outcome.failure.awsError?.code;
    if (status !== undefined && (status < 300 || (status === 404 && code === 'ResourceNotFoundException'))) {
      deletedVaults.push(name);
      continue;
    }
    const message = exchange.outcome.ok ? '' : (exchange.outcome.failure.awsError?.message ?? exchange.outcome.failure.message);
    remaining.push({
      name,
      reason: `DeleteVault answered ${code ?? status ?? 'nothing'}${message ? `: ${message}` : ''}; without the run's state its archives are unknown (only an inventory lists them), so none were deleted: use cleanup --state FILE; a vault emptied of its archives can be deleted after its next inventory, about a day`,
    });
  }
  return { deletedVaults, deletedArchives: 0, remaining };
}
