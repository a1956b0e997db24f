import { createHash } from 'node:crypto';

/**
 * Deterministic ids: a hash of (seed, kind, counter), never Math.random, so a run of
 * the reference is reproducible from its inputs. Lengths and alphabet follow the ids
 * AWS hands out (base64url-like): JobId 92 characters, ArchiveId 138 (DG examples).
 */
function hashedId(seed: string, kind: string, counter: number, length: number): string {
  let text = '';
  for (let block = 0; text.length < length; block++) {
    text += createHash('sha256').update(`${seed}\0${kind}\0${counter}\0${block}`).digest('base64url');
  }
  return text.slice(0, length);
}

export const JOB_ID_LENGTH = 92;
export const ARCHIVE_ID_LENGTH = 138;

export function jobId(seed: string, counter: number): string {
  return hashedId(seed, 'job', counter, JOB_ID_LENGTH);
}

export function archiveId(seed: string, counter: number): string {
  return hashedId(seed, 'archive', counter, ARCHIVE_ID_LENGTH);
}

/** A multipart upload id: 92 characters, like the DG examples'. */
export function uploadId(seed: string, counter: number): string {
  return hashedId(seed, 'upload', counter, JOB_ID_LENGTH);
}

/** x-amz-lock-id and x-amz-capacity-id: shorter opaque ids (the DG examples' are 16–24 characters). */
export function lockId(seed: string, counter: number): string {
  return hashedId(seed, 'lock', counter, 24);
}

export function capacityId(seed: string, counter: number): string {
  return hashedId(seed, 'capacity', counter, 24);
}

/** `x-amzn-RequestId`: one per request, from the request counter. */
export function requestId(seed: string, counter: number): string {
  return hashedId(seed, 'request', counter, 46);
}

const MARKER_PREFIX = 'inventory-';

/**
 * An inventory continuation Marker (§3.6): opaque to clients, but it must name where
 * the next inventory job resumes. It encodes the sequence number of the first archive
 * not yet listed, so it survives deletions of the archives around it.
 */
export function inventoryMarker(archiveSequence: number): string {
  return Buffer.from(`${MARKER_PREFIX}${archiveSequence}`, 'utf8').toString('base64url');
}

/** The archive sequence number an {@link inventoryMarker} names, or undefined for a marker we never issued. */
export function parseInventoryMarker(marker: string): number | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(marker)) return undefined;
  const text = Buffer.from(marker, 'base64url').toString('utf8');
  const match = /^inventory-(\d{1,15})$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** A whole number in 0..max derived from `id`: a job's share of the delay jitter, reproducible from its id. */
export function spreadOf(id: string, max: number): number {
  if (max <= 0) return 0;
  return createHash('sha256').update(id).digest().readUInt32BE(0) % (max + 1);
}
