import { byteRangeLength, wholeRange } from '../treehash';
import { GlacierErrors, isGlacierError, type GlacierError } from './glacier-errors';
import { withEntry, withVault, type ArchiveRetrievalJob, type InventoryRetrievalJob, type Job, type SelectJob, type Vault } from './glacier-state';
import { jobId } from './ids';
import { renderInventory } from './inventory';
import { parseJobParameters, type ArchiveJobRequest, type InventoryJobRequest, type SelectJobRequest } from './job-parameters';
import { locationOf, vaultOf, type Operation, type OperationContext } from './operation';
import { vaultArn } from './reference-config';
import { emptyResponse } from './reference-http';

type JobBase = Pick<Job, 'jobId' | 'vaultName' | 'creationDate' | 'readyAt' | 'description' | 'snsTopic' | 'tier'>;

function archiveJob(context: OperationContext, vault: Vault, request: ArchiveJobRequest, base: JobBase): ArchiveRetrievalJob | GlacierError {
  const archive = vault.archives.get(request.archiveId);
  // §4: "The archive ID was not found: <id>" (I:carlossg/glacier-cli#15).
  if (!archive) return context.rules.unknownArchiveError(context.state, vault, request.archiveId);
  const size = archive.bytes.length;
  const retrieved = request.retrievalByteRange?.range ?? wholeRange(size);
  if (request.retrievalByteRange && !context.rules.isRetrievalRangeAccepted(retrieved, size)) {
    // §3.4: not megabyte aligned, or not inside the archive: 400 (message unverified).
    return GlacierErrors.invalidParameter(
      `The retrieval byte range must be megabyte aligned and inside the ${size}-byte archive: ${request.retrievalByteRange.text}`,
    );
  }
  const { rules } = context;
  // Data retrieval policies limit Standard retrievals (DG "Data Retrieval Policies").
  if (base.tier === 'Standard' && !rules.isRetrievalAllowed(context.state, byteRangeLength(retrieved), context.now)) return GlacierErrors.policyEnforced();
  const aligned = rules.isChecksumReturned(retrieved, retrieved, size);
  const retrievedTreeHash = aligned ? rules.rangeTreeHash(archive, retrieved, rules.payloadTreeHash) : null;
  return { ...base, action: 'ArchiveRetrieval', archive, retrievedRange: retrieved, retrievedTreeHash };
}

function selectJob(context: OperationContext, vault: Vault, request: SelectJobRequest, base: JobBase): SelectJob | GlacierError {
  const archive = vault.archives.get(request.archiveId);
  if (!archive) return context.rules.unknownArchiveError(context.state, vault, request.archiveId);
  const { selectParameters, outputLocation } = request;
  return { ...base, action: 'Select', archive, selectParameters, outputLocation, jobOutputPath: `${request.outputPrefix}${base.jobId}/` };
}

function inventoryJob(context: OperationContext, vault: Vault, request: InventoryJobRequest, base: JobBase): InventoryRetrievalJob | GlacierError {
  const source = context.rules.inventorySource(context.state, vault, context.now);
  if (isGlacierError(source)) return source;
  const selection = context.rules.selectInventory(source.archives, request.inventory);
  const arn = vaultArn(context.state.config, vault.name);
  const output = renderInventory(request.format, arn, source.inventoryDate, selection.archives, context.rules.csvField);
  const { startDate, endDate, limit, marker } = request.inventory;
  const parameters = { Format: request.format, StartDate: startDate, EndDate: endDate, Limit: limit, Marker: marker };
  return { ...base, action: 'InventoryRetrieval', parameters, output, continuationMarker: selection.continuationMarker };
}

/** The vault's jobs without those aged out: pruned here so a long-running server does not grow without bound. */
function liveJobs(context: OperationContext, vault: Vault): ReadonlyMap<string, Job> {
  const { rules, now, state } = context;
  return new Map([...vault.jobs].filter(([, job]) => !rules.isJobExpired(job, now, state.config)));
}

/**
 * Initiate Job (§2.1): 202 with Location and x-amz-job-id, no body. The job is fully
 * prepared now (its output is a view of the archive, or the inventory rendered from a
 * snapshot) and only its status waits for the configured delay.
 */
export const initiateJob: Operation = (context) => {
  const { state, now } = context;
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const request = parseJobParameters(context.request.body);
  if (isGlacierError(request)) return request;
  const id = jobId(state.config.idSeed, state.counters.jobs);
  const base: JobBase = {
    jobId: id,
    vaultName: vault.name,
    creationDate: now,
    readyAt: now + context.rules.jobDelayMs({ jobId: id, tier: request.tier }, state.config),
    description: request.description,
    snsTopic: request.snsTopic,
    tier: request.tier,
  };
  const refusal = context.rules.refuseJob(state, base, now);
  if (refusal) return refusal;
  const job =
    request.type === 'archive-retrieval'
      ? archiveJob(context, vault, request, base)
      : request.type === 'select'
        ? selectJob(context, vault, request, base)
        : inventoryJob(context, vault, request, base);
  if (isGlacierError(job)) return job;
  const next = withVault(
    { ...state, counters: { ...state.counters, jobs: state.counters.jobs + 1 } },
    { ...vault, jobs: withEntry(liveJobs(context, vault), job.jobId, job) },
  );
  const headers = { location: locationOf(context, 'jobs', job.jobId), 'x-amz-job-id': job.jobId };
  return { state: next, response: emptyResponse(202, headers) };
};
