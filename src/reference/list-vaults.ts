import { isGlacierError } from './glacier-errors';
import type { Operation } from './operation';
import { vaultArn } from './reference-config';
import { jsonResponse } from './reference-http';
import { vaultDescription } from './vaults';

/**
 * List Vaults (model: ListVaults): the account's vaults ASCII-sorted by name, `limit`
 * (default 10) per page; Marker is the ARN of the page's last vault and the next page
 * starts after it, null on the last page.
 */
export const listVaults: Operation = (context) => {
  const { state, route, rules } = context;
  const { config } = state;
  const limit = rules.parsePageLimit(route.query.get('limit'), config.listVaultsMaxLimit, config.listVaultsDefaultLimit);
  if (isGlacierError(limit)) return limit;
  const vaults = [...state.vaults.values()].sort((a, b) => rules.compareVaultNames(a.name, b.name));
  const page = rules.paginateList(vaults, (vault) => vaultArn(config, vault.name), () => true, route.query.get('marker'), limit);
  if (isGlacierError(page)) return page;
  const body = { Marker: page.nextMarker, VaultList: page.items.map((vault) => vaultDescription(config, vault, rules.vaultInventory(state, vault))) };
  return { state, response: jsonResponse(200, body) };
};
