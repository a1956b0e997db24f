import { describe, expect, it } from 'vitest';
import { MIB, treeHash } from '../treehash';
import { faultNamed } from './faults';
import { UNMEASURED_FAULTS } from './faults-unmeasured';
import { patternBytes, testReference, type TestReference } from '../testing/reference-test-kit';

const bytes = patternBytes(3 * MIB);

function part(ref: TestReference, id: string, start: number, body: Uint8Array, hash = treeHash(body)) {
  const headers = { 'content-range': `bytes ${start}-${start + body.length - 1}/*`, 'content-length': String(body.length), 'x-amz-sha256-tree-hash': hash };
  return ref.send('PUT', `/-/vaults/v/multipart-uploads/${id}`, { headers, body }).status;
}

/** What one scenario observes: it must differ between the correct reference and the fault's. */
const SCENARIOS: Record<string, (ref: TestReference) => unknown> = {
  'vaults-case-insensitive-order': (ref) => {
    ref.createVault('a');
    ref.createVault('B');
    return ref.json(ref.send('GET', '/-/vaults')).VaultList.map((vault: { VaultName: string }) => vault.VaultName);
  },
  'list-marker-inclusive': (ref) => {
    for (const name of ['a', 'b', 'c']) ref.createVault(name);
    const marker = ref.json(ref.send('GET', '/-/vaults?limit=2')).Marker;
    return ref.json(ref.send('GET', `/-/vaults?limit=2&marker=${encodeURIComponent(marker)}`)).VaultList.map((vault: { VaultName: string }) => vault.VaultName);
  },
  'vault-page-limit-ignored': (ref) => {
    for (const name of ['a', 'b', 'c']) ref.createVault(name);
    return ref.json(ref.send('GET', '/-/vaults?limit=1')).VaultList.length;
  },
  'part-size-any-megabyte': (ref) => ref.send('POST', '/-/vaults/v/multipart-uploads', { headers: { 'x-amz-part-size': String(3 * MIB) } }).status,
  'part-range-unaligned': (ref) => part(ref, upload(ref, 2 * MIB), MIB, bytes.subarray(0, MIB)),
  'part-tree-hash-unchecked': (ref) => part(ref, upload(ref, MIB), 0, bytes.subarray(0, MIB), 'ab'.repeat(32)),
  'parts-gap-accepted': (ref) => {
    const id = upload(ref, MIB);
    part(ref, id, 0, bytes.subarray(0, MIB));
    part(ref, id, 2 * MIB, bytes.subarray(2 * MIB));
    return complete(ref, id, 2 * MIB, treeHash(Buffer.concat([bytes.subarray(0, MIB), bytes.subarray(2 * MIB)])));
  },
  'parts-hash-linear': (ref) => {
    const id = upload(ref, MIB);
    for (const start of [0, MIB, 2 * MIB]) part(ref, id, start, bytes.subarray(start, start + MIB));
    return complete(ref, id, bytes.length, treeHash(bytes));
  },
  'open-range-whole-body': (ref) => {
    const archiveId = ref.upload('v', bytes);
    const jobId = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archiveId });
    ref.clock.advance(1000);
    return ref.send('GET', `/-/vaults/v/jobs/${jobId}/output`, { headers: { range: 'bytes=-5' } }).status;
  },
  'too-large-as-400': (ref) => ref.reject({ kind: 'glacier-error', code: 'RequestEntityTooLargeException', message: 'big' }).status,
  'failed-job-succeeds': (ref) => {
    const archiveId = ref.upload('v', bytes);
    const jobId = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archiveId });
    ref.send('DELETE', `/-/vaults/v/archives/${archiveId}`);
    return ref.json(ref.send('GET', `/-/vaults/v/jobs/${jobId}`)).StatusCode;
  },
  'vault-lock-never-expires': (ref) => {
    ref.send('POST', '/-/vaults/v/lock-policy', { body: JSON.stringify({ Policy: '{}' }) });
    ref.clock.advance(25 * 3600_000);
    return ref.send('GET', '/-/vaults/v/lock-policy').status;
  },
  'retrieval-policy-ignored': (ref) => {
    ref.send('PUT', '/-/policies/data-retrieval', { body: JSON.stringify({ Policy: { Rules: [{ Strategy: 'BytesPerHour', BytesPerHour: 1 }] } }) });
    const archiveId = ref.upload('v', bytes);
    return ref.send('POST', '/-/vaults/v/jobs', { body: JSON.stringify({ Type: 'archive-retrieval', ArchiveId: archiveId }) }).status;
  },
  'uploads-never-expire': (ref) => {
    const id = upload(ref, MIB);
    ref.clock.advance(25 * 3600_000);
    return ref.send('GET', `/-/vaults/v/multipart-uploads/${id}`).status;
  },
};

function upload(ref: TestReference, partSize: number): string {
  return ref.send('POST', '/-/vaults/v/multipart-uploads', { headers: { 'x-amz-part-size': String(partSize) } }).headers['x-amz-multipart-upload-id']!;
}

function complete(ref: TestReference, id: string, size: number, hash: string): number {
  return ref.send('POST', `/-/vaults/v/multipart-uploads/${id}`, { headers: { 'x-amz-archive-size': String(size), 'x-amz-sha256-tree-hash': hash } }).status;
}

function observe(name: string, faulty: boolean): unknown {
  const ref = testReference({ rules: faulty ? faultNamed(name)!.rules : {} });
  ref.createVault('v');
  return SCENARIOS[name]!(ref);
}

describe('UNMEASURED_FAULTS', () => {
  it('has a scenario for every fault', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(UNMEASURED_FAULTS.map((fault) => fault.name).sort());
  });

  it.each(UNMEASURED_FAULTS.map((fault) => fault.name))('%s changes what a client observes', (name) => {
    expect(observe(name, true)).not.toEqual(observe(name, false));
  });
});
