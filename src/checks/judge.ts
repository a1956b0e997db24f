import type { Diagnostic } from '../core/diagnostic';
import { byteRangesChecks } from './byte-ranges-checks';
import type { CheckId } from './catalog';
import { errorsChecks } from './errors-checks';
import { inventoryChecks } from './inventory-checks';
import { lifecycleChecks } from './lifecycle-checks';
import { limitsChecks } from './limits-checks';
import { listJobsChecks } from './list-jobs-checks';
import { specChecks } from './spec-checks';
import { treeHashChecks } from './tree-hash-checks';

/** Every check of the catalog, by id: `satisfies` fails to compile when one is missing. */
const CHECKS = {
  ...specChecks,
  ...listJobsChecks,
  ...limitsChecks,
  ...byteRangesChecks,
  ...treeHashChecks,
  ...lifecycleChecks,
  ...inventoryChecks,
  ...errorsChecks,
} satisfies Record<CheckId, unknown>;

/** What the check `Id` judges: its observation type. */
export type CheckInput<Id extends CheckId> = Parameters<(typeof CHECKS)[Id]>[0];

const TABLE: { readonly [Id in CheckId]: (input: CheckInput<Id>) => Diagnostic[] } = CHECKS;

/** Runs the check `id` over one observation: its diagnostics, [] when it holds. */
export function judge<Id extends CheckId>(id: Id, input: CheckInput<Id>): Diagnostic[] {
  return TABLE[id](input);
}
