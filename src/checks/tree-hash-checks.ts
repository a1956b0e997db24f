import type { Diagnostic } from '../core/diagnostic';
import { defineChecks } from './check-registry';
import { expectEqual, expectThat, show } from './expect';
import type { JobOutputObservation } from './job-output-observation';
import type { ExchangeResponse } from '../core/exchange';
import { errorBody } from './error-body';

/** Which reading of the §7.4 conflict the profile picked for the output header. */
export type OutputTreeHashReading = 'tree-hash-aligned' | 'megabyte-aligned' | 'either';

export interface DescribeHashesObservation {
  readonly body: Record<string, unknown>;
  readonly kind: 'archive' | 'inventory';
  readonly archiveTreeHash?: string;
  /** Tree hash of the retrieved range, or null when it is not tree-hash aligned (§3.3). */
  readonly rangeTreeHash?: string | null;
}

const HEADER = 'x-amz-sha256-tree-hash';

export const treeHashChecks = defineChecks('tree-hash', {
  'tree-hash.output-header-matches-bytes': (o: JobOutputObservation): Diagnostic[] => {
    const header = o.response.headers[HEADER];
    if (header === undefined || o.response.status >= 300) return [];
    return expectEqual(`header:${HEADER}`, header, o.response.treeHash, 'the tree hash of the bytes received');
  },

  'tree-hash.output-header-presence': ({ output: o, reading }: { output: JobOutputObservation; reading: OutputTreeHashReading }): Diagnostic[] => {
    if (o.response.status >= 300) return [];
    const present = o.response.headers[HEADER] !== undefined;
    const why = `${o.kind} output, range ${o.requestRange ? `${o.requestRange.start}-${o.requestRange.end}` : 'none'}`;
    if (o.kind === 'inventory') return expectThat(`header:${HEADER}`, !present, 'present', `absent on inventory output (§3.5)`);
    const must = reading === 'megabyte-aligned' ? o.expected.megabyteAligned : o.expected.treeHashAligned;
    const may = reading === 'either' ? o.expected.megabyteAligned || o.expected.treeHashAligned : must;
    if (must) return expectThat(`header:${HEADER}`, present, 'absent', `present: ${why} is aligned (§3.5, §6)`);
    return expectThat(`header:${HEADER}`, !present || may, 'present', `absent: ${why} is not ${reading === 'megabyte-aligned' ? 'megabyte' : 'tree-hash'} aligned (§6)`);
  },

  'tree-hash.describe-hashes': (o: DescribeHashesObservation): Diagnostic[] => {
    const archiveHash = o.body['ArchiveSHA256TreeHash'] ?? null;
    const rangeHash = o.body['SHA256TreeHash'] ?? null;
    if (o.kind === 'inventory') {
      return [...expectEqual('body/ArchiveSHA256TreeHash', archiveHash, null), ...expectEqual('body/SHA256TreeHash', rangeHash, null)];
    }
    // §7.3: while InProgress, SHA256TreeHash may be null or already set; once set it must be right.
    const inProgress = o.body['StatusCode'] === 'InProgress';
    const rangeOk = rangeHash === (o.rangeTreeHash ?? null) || (inProgress && rangeHash === null);
    return [
      ...expectEqual('body/ArchiveSHA256TreeHash', archiveHash, o.archiveTreeHash),
      ...expectThat('body/SHA256TreeHash', rangeOk, rangeHash, o.rangeTreeHash ? `${o.rangeTreeHash} (tree hash of the retrieved range)` : 'null (the retrieved range is not tree-hash aligned)'),
    ];
  },

  'tree-hash.upload-hash-echoed': (o: { response: ExchangeResponse; treeHash: string }): Diagnostic[] => {
    // 400 is what a checksum mismatch gets (§4): refusing the right hash means the target hashes wrongly.
    if (o.response.status === 400) return expectThat('status', false, `400 ${show(errorBody(o.response)?.message ?? '')}`, `201: ${o.treeHash} is the tree hash of the body (§2.5, §5)`);
    return o.response.status >= 300 ? [] : expectEqual(`header:${HEADER}`, o.response.headers[HEADER], o.treeHash, 'the tree hash of the uploaded bytes');
  },

  'tree-hash.upload-wrong-hash-rejected': (o: { response: ExchangeResponse }) =>
    expectThat('status', o.response.status === 400, o.response.status, '400: the x-amz-sha256-tree-hash does not match the body (§2.5, §4)'),
});
