import { defineChecks } from './check-registry';
import { expectEqual, expectError } from './expect';
import type { ExchangeResponse } from '../core/exchange';

type Negative = { response: ExchangeResponse };

/** Each negative command's documented answer (§4, "Notable cases"). */
export const errorsChecks = defineChecks('errors', {
  'errors.unknown-job': (o: Negative) => expectError(o.response, 404, 'ResourceNotFoundException'),
  'errors.unknown-vault': (o: Negative) => expectError(o.response, 404, 'ResourceNotFoundException'),
  'errors.unknown-archive': (o: Negative) => expectError(o.response, 404, 'ResourceNotFoundException'),
  'errors.invalid-list-filters': (o: Negative) => expectError(o.response, 400, 'InvalidParameterValueException'),
  'errors.unknown-marker': (o: Negative) => expectError(o.response, 400, 'InvalidParameterValueException'),
  // The code is unverified in the sources (§4: "400, unverified code"): only the status is owed.
  'errors.inventory-archive-parameters': (o: Negative) => expectEqual('status', o.response.status, 400, 'ArchiveId or RetrievalByteRange on an inventory-retrieval job'),
  'errors.missing-version-header': (o: Negative) => expectError(o.response, 400, 'MissingParameterValueException'),
});
