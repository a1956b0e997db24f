import { GlacierErrors, isGlacierError } from './glacier-errors';
import { withoutEntry, withVault, type Job } from './glacier-state';
import { ARCHIVE_DELETED_MESSAGE } from './job-lifecycle';
import { vaultOf, type Operation, type OperationContext } from './operation';
import { emptyResponse } from './reference-http';

/** The vault's jobs with every retrieval of `archiveId` still InProgress failed now (reference-config). */
function failRetrievals(context: OperationContext, jobs: ReadonlyMap<string, Job>, archiveId: string): ReadonlyMap<string, Job> {
  const { now, rules } = context;
  const affected = (job: Job) => job.action !== 'InventoryRetrieval' && job.archive.archiveId === archiveId && rules.jobStatus(job, now) === 'InProgress';
  if (![...jobs.values()].some(affected)) return jobs;
  return new Map([...jobs].map(([id, job]) => [id, affected(job) ? { ...job, readyAt: now, failureMessage: ARCHIVE_DELETED_MESSAGE } : job]));
}

/**
 * Delete Archive (§2.5): 204, idempotent for an archive already deleted; an id this
 * vault never held is 404 "The archive ID was not found". Jobs keep their own reference
 * to the archive, so a completed retrieval stays downloadable; one still InProgress fails
 * (configurable: failRetrievalsOfDeletedArchives).
 */
export const deleteArchive: Operation = (context) => {
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const id = context.route.archiveId!;
  const response = emptyResponse(204);
  if (vault.deletedArchiveIds.has(id)) return { state: context.state, response };
  if (!vault.archives.has(id)) return context.rules.unknownArchiveError(context.state, vault, id);
  const next = {
    ...vault,
    archives: withoutEntry(vault.archives, id),
    deletedArchiveIds: new Set(vault.deletedArchiveIds).add(id),
    lastWriteDate: context.now,
    jobs: context.state.config.failRetrievalsOfDeletedArchives ? failRetrievals(context, vault.jobs, id) : vault.jobs,
  };
  return { state: withVault(context.state, next), response };
};
