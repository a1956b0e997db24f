import type { GlacierError, GlacierErrorCode } from '../glacier-errors';

const error = (code: GlacierErrorCode, message: string): GlacierError => ({ kind: 'glacier-error', code, message });

/** The errors only the realistic mode produces, worded as AWS is quoted sending them (glacier-jobs-api.md §9). */
export const RealismErrors = {
  // §9.1 (a 2017 CLI capture).
  noInitialInventory: (arn: string) =>
    error(
      'ResourceNotFoundException',
      `Inventory retrieval jobs for vault ${arn} cannot be initiated yet, as Amazon Glacier has not yet generated an initial inventory for this vault.`,
    ),
  // §9.7 (tsileo/bakthat#10, vsespb/mt-aws-glacier#32): an id that does not decode to this vault.
  foreignArchive: (arn: string) => error('InvalidParameterValueException', `Invalid vault name: ${arn}`),
  // §9.6 (aws/aws-sdk-js#1749).
  throttled: () => error('ThrottlingException', 'Rate exceeded'),
  // §9.5; (inferred) wording.
  insufficientCapacity: () => error('InsufficientCapacityException', 'There is not enough capacity to process this Expedited retrieval request. Please try again later.'),
} as const;
