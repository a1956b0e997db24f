import { createHash } from 'node:crypto';
import { MIB } from '../treehash';
import type { Fault } from './faults';
import { paginateAfterMarker, parseListLimit } from '../reference/job-pagination';
import { checkPartsContiguous } from '../reference/multipart-rules';
import { resolveOutputRange } from '../reference/output-range';
import { errorStatusAndBody } from '../reference/glacier-errors';
import { jsonResponse } from '../reference/reference-http';

/**
 * Faults of behaviours the suite's checks do not exercise yet: the vault API outside the
 * jobs API (ListVaults, multipart, …) and job-API readings added for real clients (open
 * and suffix ranges, 413). They are kept out of the catalogue `npm run mutants` measures; `serve --fault` serves them, so a suite that
 * tests these operations (or a real client) can be shown catching them. The family
 * is the one whose kind of rule each breaks, for when checks of it exist.
 */
export const UNMEASURED_FAULTS: readonly Fault[] = [
  {
    name: 'vaults-case-insensitive-order',
    family: 'list-jobs',
    description: 'ListVaults sorts names case-insensitively instead of by ASCII (B after a)',
    rules: { compareVaultNames: (a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) },
  },
  {
    name: 'list-marker-inclusive',
    family: 'list-jobs',
    description: 'ListVaults, ListParts and ListMultipartUploads start the next page at the marker, repeating its item',
    rules: {
      paginateList: (items, idOf, matches, marker, limit) => {
        const at = marker === null ? -1 : items.findIndex((item) => idOf(item) === marker);
        return paginateAfterMarker(at > 0 ? items.slice(at - 1) : items, idOf, matches, at > 0 ? idOf(items[at - 1]!) : marker, limit);
      },
    },
  },
  {
    name: 'vault-page-limit-ignored',
    family: 'limits',
    description: 'ListVaults, ListParts and ListMultipartUploads validate limit but page by the default size',
    rules: {
      parsePageLimit: (raw, max, defaultLimit) => {
        const parsed = parseListLimit(raw, max, defaultLimit);
        return typeof parsed === 'number' ? defaultLimit : parsed;
      },
    },
  },
  {
    name: 'part-size-any-megabyte',
    family: 'errors',
    description: 'InitiateMultipartUpload accepts any whole number of MiB as part size (3 MiB, whose parts do not combine to the tree hash)',
    rules: { isPartSizeValid: (size) => Number.isSafeInteger(size) && size >= MIB && size % MIB === 0 },
  },
  {
    name: 'part-range-unaligned',
    family: 'errors',
    description: 'UploadMultipartPart accepts a Content-Range that does not start on a multiple of the part size',
    rules: { isPartRangeAligned: (range, partSize) => range.end - range.start + 1 <= partSize },
  },
  {
    name: 'part-tree-hash-unchecked',
    family: 'tree-hash',
    description: 'UploadMultipartPart accepts any well-formed tree hash for a part',
    rules: { isPartTreeHashAccepted: () => true },
  },
  {
    name: 'parts-gap-accepted',
    family: 'errors',
    description: 'CompleteMultipartUpload assembles parts with a missing range (only the first part must start at 0)',
    rules: { checkPartsContiguous: (parts, partSize) => checkPartsContiguous(parts.slice(0, 1), partSize) },
  },
  {
    name: 'parts-hash-linear',
    family: 'tree-hash',
    description: "CompleteMultipartUpload's archive hash is SHA-256 over the parts' tree hashes concatenated, not their tree",
    rules: { combinedPartsTreeHash: (parts) => createHash('sha256').update(Buffer.concat(parts.map((part) => Buffer.from(part.treeHash, 'hex')))).digest('hex') },
  },
  {
    name: 'open-range-whole-body',
    family: 'byte-ranges',
    description: 'GetJobOutput answers bytes=N- and bytes=-N with the whole output and 200',
    rules: { resolveOutputRange: (header, size) => (header !== undefined && /^bytes=(\d*-|-\d+)$/i.test(header.trim()) ? { kind: 'whole' } : resolveOutputRange(header, size)) },
  },
  {
    name: 'too-large-as-400',
    family: 'errors',
    description: 'A body over the limit is answered 400 instead of 413 RequestEntityTooLargeException',
    rules: {
      errorResponse: (failure) => {
        const { status, body } = errorStatusAndBody(failure);
        return jsonResponse(status === 413 ? 400 : status, body);
      },
    },
  },
  {
    name: 'failed-job-succeeds',
    family: 'lifecycle',
    description: 'A retrieval whose archive was deleted while it ran still completes as Succeeded',
    rules: { jobStatus: (job, now) => (now >= job.readyAt ? 'Succeeded' : 'InProgress') },
  },
  {
    name: 'vault-lock-never-expires',
    family: 'lifecycle',
    description: 'An InProgress vault lock stays InProgress past its 24 h window',
    rules: { isLockExpired: () => false },
  },
  {
    name: 'retrieval-policy-ignored',
    family: 'errors',
    description: 'InitiateJob never answers PolicyEnforcedException, whatever the data retrieval policy',
    rules: { isRetrievalAllowed: () => true },
  },
  {
    name: 'uploads-never-expire',
    family: 'lifecycle',
    description: 'Multipart uploads stay open forever instead of expiring after 24 h without activity',
    rules: { isUploadExpired: () => false },
  },
];
