import { GlacierErrors, isGlacierError, type GlacierError } from './glacier-errors';
import { parseInventoryMarker } from './ids';
import { checkMembers, stringMember, type JsonObject } from './json-body';

/** InventoryRetrievalParameters as sent (echoed by Describe Job) and as the reference uses them. */
export interface InventoryRequest {
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly limit: string | null;
  readonly marker: string | null;
  /** Parsed forms: epoch ms bounds, item count, and the archive sequence the marker resumes at. */
  readonly startMs: number | null;
  readonly endMs: number | null;
  readonly limitCount: number | null;
  readonly resumeAtSequence: number | null;
}

/** M:InventoryRetrievalJobInput: every member is a string, Limit included (§2.1). */
const INVENTORY_PARAMETER_TYPES = { StartDate: 'string', EndDate: 'string', Limit: 'string', Marker: 'string' } as const;

/** ISO 8601 date-time in UTC or with an offset, e.g. `2013-03-20T17:03:43Z` (§2.1). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function parseDate(name: string, text: string | null): number | null | GlacierError {
  if (text === null) return null;
  const ms = ISO_DATE_TIME.test(text) ? Date.parse(text) : NaN;
  if (!Number.isFinite(ms)) return GlacierErrors.invalidParameter(`The ${name} is not a valid ISO 8601 date: ${text}`);
  return ms;
}

/**
 * Validates InventoryRetrievalParameters (§2.1, §3.6): dates are ISO 8601 with StartDate
 * before EndDate (inferred), Limit a whole number ≥ 1 written as a string, and Marker
 * one this reference issued as a continuation marker.
 */
export function parseInventoryParameters(object: JsonObject): InventoryRequest | GlacierError {
  const shapeError = checkMembers(object, INVENTORY_PARAMETER_TYPES, 'InventoryRetrievalParameters');
  if (shapeError) return shapeError;
  const startDate = stringMember(object, 'StartDate');
  const endDate = stringMember(object, 'EndDate');
  const startMs = parseDate('StartDate', startDate);
  if (isGlacierError(startMs)) return startMs;
  const endMs = parseDate('EndDate', endDate);
  if (isGlacierError(endMs)) return endMs;
  if (startMs !== null && endMs !== null && startMs >= endMs) {
    return GlacierErrors.invalidParameter(`The StartDate must be before the EndDate: ${startDate} / ${endDate}`);
  }
  const limit = stringMember(object, 'Limit');
  const limitCount = limit === null ? null : /^\d{1,15}$/.test(limit) ? Number(limit) : 0;
  if (limitCount !== null && limitCount < 1) return GlacierErrors.invalidParameter(`The inventory limit is not valid: ${limit}`);
  const marker = stringMember(object, 'Marker');
  const resumeAtSequence = marker === null ? null : parseInventoryMarker(marker);
  if (resumeAtSequence === undefined) return GlacierErrors.invalidParameter(`The inventory marker is not valid: ${marker}`);
  return { startDate, endDate, limit, marker, startMs, endMs, limitCount, resumeAtSequence };
}
