import { describe, expect, it } from 'vitest';
import type { ExchangeResponse } from '../core/exchange';
import { treeHashChecks } from './tree-hash-checks';

const HASH = 'fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9';
const response = (status: number, headers: Record<string, string> = {}, json?: unknown): ExchangeResponse => ({ status, headers, json, bytes: 0 });
const echoed = treeHashChecks['tree-hash.upload-hash-echoed'];

describe('tree-hash.upload-hash-echoed', () => {
  it('passes a 201 that echoes the tree hash of the body', () => {
    expect(echoed({ response: response(201, { 'x-amz-sha256-tree-hash': HASH }), treeHash: HASH })).toEqual([]);
  });

  it('fails a 201 that echoes another hash', () => {
    expect(echoed({ response: response(201, { 'x-amz-sha256-tree-hash': '00'.repeat(32) }), treeHash: HASH })).toHaveLength(1);
  });

  it('fails a 400 refusal of the right hash: the target computes tree hashes wrongly (§2.5, §4)', () => {
    const refused = response(400, {}, { code: 'InvalidParameterValueException', message: 'Checksum mismatch', type: 'Client' });
    expect(echoed({ response: refused, treeHash: HASH })).toEqual([{ path: 'status', message: `Received: 400 "Checksum mismatch"\nExpected: 201: ${HASH} is the tree hash of the body (§2.5, §5)` }]);
  });

  it('leaves other refusals (a timeout, an outage) to the spec family', () => {
    expect(echoed({ response: response(408), treeHash: HASH })).toEqual([]);
    expect(echoed({ response: response(500), treeHash: HASH })).toEqual([]);
  });
});
