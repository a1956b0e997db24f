import { GlacierErrors, type GlacierError } from './glacier-errors';

/** One ListJobs page and the Marker to send for the next one (null on the last page). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextMarker: string | null;
}

/**
 * Parses ListJobs `limit` (glacier-jobs-api.md §3.2): a whole number from 1 to `max`,
 * `defaultLimit` when absent. 0, above max, negative or non-numeric is a 400
 * InvalidParameterValueException (inferred from the constraints; message unverified).
 */
export function parseListLimit(raw: string | null, max: number, defaultLimit: number): number | GlacierError {
  if (raw === null) return defaultLimit;
  const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= max)) return GlacierErrors.invalidParameter(`The limit is not valid: ${raw}`);
  return value;
}

/**
 * A page of `items` (in creation order, oldest first) after `marker`, keeping those that
 * match the filters (§3.2). The returned Marker is the JobId of the page's last job, as
 * in the DG example, and the next page starts strictly after it. The marker is looked
 * up among all items, not only matching ones, so a job that changed status between
 * two pages still anchors the walk. Marker is null when no matching item follows.
 */
export function paginateAfterMarker<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  matches: (item: T) => boolean,
  marker: string | null,
  limit: number,
): Page<T> | GlacierError {
  let index = 0;
  if (marker !== null) {
    const found = items.findIndex((item) => idOf(item) === marker);
    // §3.2: an unknown marker is a 400 (inferred; message unverified).
    if (found < 0) return GlacierErrors.invalidParameter(`The marker is not valid: ${marker}`);
    index = found + 1;
  }
  const page: T[] = [];
  for (; index < items.length && page.length < limit; index++) {
    if (matches(items[index]!)) page.push(items[index]!);
  }
  const more = items.slice(index).some(matches);
  return { items: page, nextMarker: more && page.length > 0 ? idOf(page[page.length - 1]!) : null };
}
