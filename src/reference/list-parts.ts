import { isGlacierError } from './glacier-errors';
import { isoDate } from './job-lifecycle';
import { orderedParts } from './multipart-rules';
import { uploadOf } from './multipart-uploads';
import type { Operation } from './operation';
import { vaultArn } from './reference-config';
import { jsonResponse } from './reference-http';

/**
 * List Parts (model): the parts uploaded so far in range order, `limit` (default 50) per
 * page. The Marker is opaque to clients; here it is the first byte offset of the page's
 * last part, and the next page starts after it.
 */
export const listParts: Operation = (context) => {
  const { state, route, rules } = context;
  const found = uploadOf(context);
  if (isGlacierError(found)) return found;
  const { upload } = found;
  const limit = rules.parsePageLimit(route.query.get('limit'), state.config.listPartsMaxLimit, state.config.listPartsDefaultLimit);
  if (isGlacierError(limit)) return limit;
  const page = rules.paginateList(orderedParts(upload), (part) => String(part.range.start), () => true, route.query.get('marker'), limit);
  if (isGlacierError(page)) return page;
  const body = {
    ArchiveDescription: upload.description,
    CreationDate: isoDate(upload.creationDate),
    Marker: page.nextMarker,
    MultipartUploadId: upload.uploadId,
    PartSizeInBytes: upload.partSize,
    Parts: page.items.map((part) => ({ RangeInBytes: `${part.range.start}-${part.range.end}`, SHA256TreeHash: part.treeHash })),
    VaultARN: vaultArn(state.config, route.vaultName),
  };
  return { state, response: jsonResponse(200, body) };
};
