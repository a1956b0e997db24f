import { CATALOG } from '../checks/catalog';
import type { CheckDefinition, Family } from '../checks/check-definition';
import { notApplicableReason } from '../profile/check-applicability';
import type { Profile } from '../profile/profile';
import type { CheckResult } from './check-result';

/** Which checks a run judges: its families and profile, and why the other families were left out. */
export interface CheckSelection {
  readonly families: readonly Family[];
  readonly profile: Profile;
  /** Why unselected families were left out (`--only`, `--shard`). */
  readonly notSelectedReason: string;
}

/** The reason of a selected check whose family has not finished (yet, or ever: an interrupted run). */
export const NOT_YET_RUN = 'the run ended before this check ran';

/**
 * The one not-run rule: what a check is before (or without) its family
 * deciding it. A check the profile cannot judge is not-run for that reason,
 * one of an unselected family for the selection's reason, any other until
 * its family finishes.
 */
export function pendingResult(check: CheckDefinition, selection: CheckSelection): CheckResult {
  const reason = notApplicableReason(check, selection.profile) ?? (selection.families.includes(check.family) ? NOT_YET_RUN : selection.notSelectedReason);
  return { id: check.id, status: 'not-run', observations: 0, reason };
}

/** Every catalog check, in catalog order, as it stands before anything ran. */
export function initialResults(selection: CheckSelection): CheckResult[] {
  return CATALOG.map((check) => pendingResult(check, selection));
}
