import { byteRangeLength, wholeRange, type ByteRange } from '../treehash';
import { GlacierErrors, isGlacierError } from './glacier-errors';
import type { ByteSource } from './byte-source';
import type { ArchiveRetrievalJob, InventoryRetrievalJob, Job } from './glacier-state';
import { jobOf } from './describe-job';
import type { Operation, OperationContext } from './operation';
import type { ReferenceResponse } from './reference-http';

/** The job's output: the retrieved archive bytes, or the rendered inventory, as a view with no copy. */
function outputOf(job: ArchiveRetrievalJob | InventoryRetrievalJob): { source: ByteSource; offset: number; length: number } {
  if (job.action === 'InventoryRetrieval') return { source: job.output, offset: 0, length: job.output.length };
  return { source: job.archive.bytes, offset: job.retrievedRange.start, length: byteRangeLength(job.retrievedRange) };
}

/** x-amz-sha256-tree-hash and x-amz-archive-description of archive output (§2.4, §3.5). */
function archiveHeaders(context: OperationContext, job: Job, returned: ByteRange): Record<string, string> {
  if (job.action !== 'ArchiveRetrieval') return {};
  const { rules } = context;
  const archive = job.archive;
  // `returned` is in output offsets; alignment and hashing are judged in archive offsets (§3.5, §6).
  const inArchive = { start: job.retrievedRange.start + returned.start, end: job.retrievedRange.start + returned.end };
  const headers: Record<string, string> = {};
  if (rules.isChecksumReturned(job.retrievedRange, inArchive, archive.bytes.length)) {
    headers['x-amz-sha256-tree-hash'] = rules.rangeTreeHash(archive, inArchive, rules.payloadTreeHash);
  }
  if (archive.description !== '') headers['x-amz-archive-description'] = archive.description;
  return headers;
}

/**
 * Get Job Output (§2.4, §3.5): 200 with the whole output, or 206 with Content-Range when
 * a Range was sent, offsets relative to the job output. Before completion: 400 "The job
 * is not currently available for download" (I:MoriTanosuke/glacieruploader#61).
 */
export const getJobOutput: Operation = (context) => {
  const job = jobOf(context);
  if (isGlacierError(job)) return job;
  const { rules } = context;
  if (!rules.isOutputReady(rules.jobStatus(job, context.now))) return GlacierErrors.jobNotReady(job.jobId);
  if (job.action === 'Select') return GlacierErrors.selectOutputInS3(job.jobId, job.jobOutputPath);
  const output = outputOf(job);
  const resolved = rules.resolveOutputRange(context.request.headers.range, output.length);
  if (isGlacierError(resolved)) return resolved;
  const returned = resolved.kind === 'partial' ? resolved.range : wholeRange(output.length);
  const headers: Record<string, string> = {
    'content-type': rules.outputContentType(job),
    'content-length': String(byteRangeLength(returned)),
    'accept-ranges': 'bytes',
    ...archiveHeaders(context, job, returned),
  };
  if (resolved.kind === 'partial') headers['content-range'] = rules.contentRange(returned, output.length);
  const response: ReferenceResponse = {
    status: rules.outputStatus(resolved.kind === 'partial'),
    headers,
    body: { kind: 'bytes', source: output.source, offset: output.offset + returned.start, length: byteRangeLength(returned) },
  };
  return { state: context.state, response };
};
