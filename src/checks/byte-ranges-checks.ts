import type { Diagnostic } from '../core/diagnostic';
import { defineChecks } from './check-registry';
import { expectEqual, expectError, expectThat } from './expect';
import { formatContentRange, type JobOutputObservation } from './job-output-observation';
import type { ExchangeResponse } from '../core/exchange';

export interface RetrievalRangeObservation {
  readonly archiveSize: number;
  readonly retrievalByteRange: string;
  /** The model's verdict: megabyte aligned and inside the archive (§3.4). */
  readonly acceptable: boolean;
  readonly response: ExchangeResponse;
}

export const byteRangesChecks = defineChecks('byte-ranges', {
  'byte-ranges.retrieval-range-validated': (o: RetrievalRangeObservation): Diagnostic[] =>
    o.acceptable
      ? expectEqual('status', o.response.status, 202, `RetrievalByteRange ${o.retrievalByteRange} of a ${o.archiveSize}-byte archive is megabyte aligned and inside it`)
      : expectEqual('status', o.response.status, 400, `RetrievalByteRange ${o.retrievalByteRange} of a ${o.archiveSize}-byte archive is not megabyte aligned or not inside it`),

  'byte-ranges.describe-reports-range': (o: { body: Record<string, unknown>; expectedRange: string }) =>
    expectEqual('body/RetrievalByteRange', o.body['RetrievalByteRange'], o.expectedRange),

  'byte-ranges.full-output': (o: JobOutputObservation): Diagnostic[] =>
    o.requestRange
      ? []
      : [
          ...expectEqual('status', o.response.status, 200),
          ...expectEqual('header:content-length', o.response.headers['content-length'], String(o.outputSize)),
          ...expectEqual('body', o.response.bytes, o.outputSize, 'bytes received'),
        ],

  'byte-ranges.partial-output': (o: JobOutputObservation): Diagnostic[] => {
    if (!o.requestRange) return [];
    const length = o.requestRange.end - o.requestRange.start + 1;
    return [
      ...expectEqual('status', o.response.status, 206),
      ...expectEqual('header:content-length', o.response.headers['content-length'], String(length)),
      ...expectEqual('header:content-range', o.response.headers['content-range'], formatContentRange(o.requestRange, o.outputSize)),
      ...expectEqual('body', o.response.bytes, length, 'bytes received'),
    ];
  },

  'byte-ranges.bytes-at-offsets': (o: JobOutputObservation): Diagnostic[] =>
    o.kind !== 'archive' || o.expected.sha256 === undefined
      ? []
      : expectThat('body', o.response.sha256 === o.expected.sha256, `bytes with SHA-256 ${o.response.sha256}`, `the archive bytes at the requested offsets (SHA-256 ${o.expected.sha256})`),

  'byte-ranges.start-past-end-rejected': (o: { response: ExchangeResponse }) => expectError(o.response, 400, 'InvalidParameterValueException'),
});
