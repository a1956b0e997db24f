import { GlacierErrors, isGlacierError, type GlacierError } from './glacier-errors';
import { withEntry, withoutEntry, withVault, type MultipartUpload, type Vault } from './glacier-state';
import { uploadId } from './ids';
import { isoDate } from './job-lifecycle';
import { isValidDescription } from './json-body';
import { locationOf, vaultOf, type OperationContext, type Operation } from './operation';
import { vaultArn } from './reference-config';
import { emptyResponse, jsonResponse } from './reference-http';

/** The vault and the live upload a request names, or 404 for an unknown or expired upload. */
export function uploadOf(context: OperationContext): { vault: Vault; upload: MultipartUpload } | GlacierError {
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const id = context.route.uploadId!;
  const upload = vault.uploads.get(id);
  if (!upload || context.rules.isUploadExpired(upload, context.now, context.state.config)) return GlacierErrors.uploadNotFound(id);
  return { vault, upload };
}

/** The vault with its expired uploads dropped: what a write to it stores, so idle uploads do not pile up. */
function withoutExpired(context: OperationContext, vault: Vault): Vault {
  const live = [...vault.uploads].filter(([, upload]) => !context.rules.isUploadExpired(upload, context.now, context.state.config));
  return live.length === vault.uploads.size ? vault : { ...vault, uploads: new Map(live) };
}

/** An upload as ListMultipartUploads shows it (model: UploadListElement). */
function uploadDescription(context: OperationContext, upload: MultipartUpload) {
  return {
    ArchiveDescription: upload.description,
    CreationDate: isoDate(upload.creationDate),
    MultipartUploadId: upload.uploadId,
    PartSizeInBytes: upload.partSize,
    VaultARN: vaultArn(context.state.config, context.route.vaultName),
  };
}

/** Initiate Multipart Upload (model): 201 with Location and x-amz-multipart-upload-id. */
export const initiateMultipartUpload: Operation = (context) => {
  const { state, request, now, rules } = context;
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const sizeHeader = request.headers['x-amz-part-size'];
  if (sizeHeader === undefined) return GlacierErrors.missingParameter('x-amz-part-size');
  const partSize = /^\d{1,12}$/.test(sizeHeader) ? Number(sizeHeader) : NaN;
  if (!rules.isPartSizeValid(partSize)) return GlacierErrors.invalidPartSize(sizeHeader);
  const description = request.headers['x-amz-archive-description'];
  if (description !== undefined && !isValidDescription(description)) {
    return GlacierErrors.invalidParameter('The archive description must be at most 1024 printable ASCII characters');
  }
  const id = uploadId(state.config.idSeed, state.counters.uploads);
  const upload: MultipartUpload = { uploadId: id, description: description ?? null, partSize, creationDate: now, lastActivity: now, parts: new Map() };
  const kept = withoutExpired(context, vault);
  const next = withVault({ ...state, counters: { ...state.counters, uploads: state.counters.uploads + 1 } }, { ...kept, uploads: withEntry(kept.uploads, id, upload) });
  const headers = { location: locationOf(context, 'multipart-uploads', id), 'x-amz-multipart-upload-id': id };
  return { state: next, response: emptyResponse(201, headers) };
};

/**
 * Abort Multipart Upload (model): 204, and the parts are gone. The model calls it idempotent
 * ("aborting an already-aborted upload will succeed, for a short time"); the reference keeps
 * no record of aborted uploads, so a second abort is the 404 of an unknown upload.
 */
export const abortMultipartUpload: Operation = (context) => {
  const found = uploadOf(context);
  if (isGlacierError(found)) return found;
  const vault = { ...found.vault, uploads: withoutEntry(found.vault.uploads, found.upload.uploadId) };
  return { state: withVault(context.state, vault), response: emptyResponse(204) };
};

/** List Multipart Uploads (model): the vault's live uploads in initiation order, `limit` (default 50) per page. */
export const listMultipartUploads: Operation = (context) => {
  const { state, route, rules } = context;
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const limit = rules.parsePageLimit(route.query.get('limit'), state.config.listPartsMaxLimit, state.config.listPartsDefaultLimit);
  if (isGlacierError(limit)) return limit;
  const uploads = [...withoutExpired(context, vault).uploads.values()];
  const page = rules.paginateList(uploads, (upload) => upload.uploadId, () => true, route.query.get('marker'), limit);
  if (isGlacierError(page)) return page;
  const body = { Marker: page.nextMarker, UploadsList: page.items.map((upload) => uploadDescription(context, upload)) };
  return { state, response: jsonResponse(200, body) };
};
