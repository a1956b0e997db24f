import { GlacierErrors, isGlacierError } from './glacier-errors';
import { withoutEntry, withVault } from './glacier-state';
import { vaultOf, type Operation } from './operation';
import { emptyResponse } from './reference-http';

/**
 * Delete Archive (§2.5): 204, idempotent for an archive already deleted; an id this
 * vault never held is 404 "The archive ID was not found". Jobs keep their own reference
 * to the archive, so a retrieval already initiated stays downloadable.
 */
export const deleteArchive: Operation = (context) => {
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const id = context.route.archiveId!;
  const response = emptyResponse(204);
  if (vault.deletedArchiveIds.has(id)) return { state: context.state, response };
  if (!vault.archives.has(id)) return GlacierErrors.archiveNotFound(id);
  const next = {
    ...vault,
    archives: withoutEntry(vault.archives, id),
    deletedArchiveIds: new Set(vault.deletedArchiveIds).add(id),
    lastWriteDate: context.now,
  };
  return { state: withVault(context.state, next), response };
};
