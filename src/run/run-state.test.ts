import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/package-root';
import { withDecidedFamilies, canonicalJson, foreignTarget, newRunState, OUTPUT_WINDOW_MS, parseRunState, pendingJobs, serializeRunState, servingArchive, servingJob, settleLostUploads, withArchive, withJob, type RunState } from './run-state';

const target = { url: 'https://glacier.eu-west-1.amazonaws.com', region: 'eu-west-1', accountId: '-', signing: 'sigv4' as const };
const fresh = () => newRunState({ runId: '7-mx5t739l', seed: 7, target, vaultPrefix: 'glacier-conformance', now: 1000 });
const answer = { status: 202, headers: { 'x-amz-job-id': 'J1' } };
const key = { vault: 'glacier-conformance-7-mx5t739l-spec', size: 2048, treeHash: 'aa', sha256: 'bb', description: 'one partial leaf' };

describe('the run state (pure)', () => {
  it('round-trips through its text, and refuses anything that is not a whole state of this format', () => {
    const state = withJob(fresh(), undefined, { vault: key.vault, parameters: '{"Type":"inventory-retrieval"}', status: 'InProgress', jobId: 'J1', requestedAt: 5, answer });
    expect(parseRunState(serializeRunState(state))).toEqual({ ok: true, state });
    expect(parseRunState('{"format": "glacier-conformance-run-st')).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON/) });
    expect(parseRunState('{"verdict": "conformant"}')).toMatchObject({ ok: false, error: expect.stringMatching(/not a glacier-conformance run state/) });
    expect(parseRunState(JSON.stringify({ ...state, version: 9 }))).toMatchObject({ ok: false, error: expect.stringMatching(/version 9/) });
    expect(parseRunState(JSON.stringify({ ...state, jobs: [{ vault: 'v', parameters: '{}', status: 'Done' }] }))).toMatchObject({ ok: false, error: expect.stringMatching(/jobs/) });
    expect(parseRunState(JSON.stringify({ ...state, runId: '../../etc' }))).toMatchObject({ ok: false, error: expect.stringMatching(/runId/) });
  });

  it('writes what specs/run-state.schema.json describes', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(join(packageRoot(), 'specs/run-state.schema.json'), 'utf8')));
    let state = withJob(fresh(), undefined, { vault: key.vault, parameters: '{}', status: 'Succeeded', jobId: 'J1', requestedAt: 5, initiatedAt: 6, completedAt: 7, checkedAt: 8, answer });
    state = withArchive(state, undefined, { ...key, status: 'deleted', archiveId: 'A1', requestedAt: 1, uploadedAt: 2, deletedAt: 3, answer: { status: 201, headers: { 'x-amz-archive-id': 'A1' } } });
    state = { ...state, vaults: [{ name: key.vault, status: 'delete-refused', createdAt: 1, refusal: 'InvalidParameterValueException: Vault not empty' }] };
    expect(validate(JSON.parse(serializeRunState(state))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...state, jobs: [{ vault: 'v', parameters: '{}', status: 'Done', requestedAt: 0 }] })).toBe(false);
  });

  it('names another endpoint, region or account as foreign', () => {
    expect(foreignTarget(fresh(), target)).toBeUndefined();
    expect(foreignTarget(fresh(), { ...target, region: 'us-east-1' })).toMatch(/belongs to a run against .*region eu-west-1.*region us-east-1/);
    expect(foreignTarget(fresh(), { ...target, url: 'http://127.0.0.1:4011' })).toMatch(/not http:\/\/127\.0\.0\.1:4011/);
  });

  it('lets a recorded archive serve the same upload once, while it is still in its vault', () => {
    const present = withArchive(fresh(), undefined, { ...key, status: 'present', archiveId: 'A1', requestedAt: 1, answer: { status: 201, headers: {} } });
    expect(servingArchive(present, key, new Set())).toBe(0);
    expect(servingArchive(present, key, new Set([0]))).toBeUndefined();
    expect(servingArchive(present, { ...key, description: 'other' }, new Set())).toBeUndefined();
    expect(servingArchive(present, { ...key, vault: 'glacier-conformance-7-mx5t739l-errors' }, new Set())).toBeUndefined();
    for (const status of ['deleted', 'possibly-present', 'requested', 'not-created'] as const) {
      expect(servingArchive(withArchive(present, 0, { ...present.archives[0]!, status }), key, new Set()), status).toBeUndefined();
    }
  });

  it('lets a recorded job serve while InProgress, or Succeeded with its output not about to expire (§9.4)', () => {
    const parameters = canonicalJson({ Type: 'archive-retrieval', Tier: 'Bulk', ArchiveId: 'A1' });
    expect(parameters).toBe(canonicalJson({ ArchiveId: 'A1', Type: 'archive-retrieval', Tier: 'Bulk' }));
    const job = { vault: key.vault, parameters, status: 'InProgress' as const, jobId: 'J1', requestedAt: 0, initiatedAt: 0, answer };
    const state = withJob(fresh(), undefined, job);
    expect(servingJob(state, key.vault, parameters, 10, new Set())).toBe(0);
    expect(servingJob(state, key.vault, parameters, 10, new Set([0]))).toBeUndefined();
    const done = (completedAt: number): RunState => withJob(state, 0, { ...job, status: 'Succeeded', completedAt });
    expect(servingJob(done(0), key.vault, parameters, OUTPUT_WINDOW_MS / 2, new Set())).toBe(0);
    expect(servingJob(done(0), key.vault, parameters, OUTPUT_WINDOW_MS, new Set())).toBeUndefined();
    for (const status of ['Failed', 'expired', 'requested', 'not-created'] as const) expect(servingJob(withJob(state, 0, { ...job, status }), key.vault, parameters, 10, new Set()), status).toBeUndefined();
  });

  it('records a family as decided only when no check of it failed or stayed undecided and one passed, and keeps the first record', () => {
    const results = [
      { id: 'errors.unknown-job', status: 'passed', observations: 3 },
      { id: 'errors.unknown-vault', status: 'not-run', observations: 0, reason: 'profile aws' },
      { id: 'spec.request-id', status: 'passed', observations: 9 },
      { id: 'spec.error-body', status: 'inconclusive', observations: 0, reason: 'the target refused' },
      { id: 'limits.default-limit', status: 'not-run', observations: 0, reason: 'not selected' },
    ];
    const state = withDecidedFamilies({ ...fresh(), invocations: 2 }, ['errors', 'spec', 'limits'], results, 50);
    expect(state.decided).toEqual([{ family: 'errors', invocation: 2, at: 50, checks: [{ id: 'errors.unknown-job', status: 'passed', observations: 3 }, { id: 'errors.unknown-vault', status: 'not-run', observations: 0, reason: 'profile aws' }] }]);
    expect(withDecidedFamilies(state, ['errors'], [{ id: 'errors.unknown-job', status: 'passed', observations: 1 }], 60)).toBe(state);
  });

  it('turns an upload whose answer was lost into a possibly present archive, and tells when pending jobs should be done by their tier', () => {
    const lost = settleLostUploads(withArchive(fresh(), undefined, { ...key, status: 'requested', requestedAt: 1 }));
    expect(lost.archives[0]!.status).toBe('possibly-present');
    const jobs = withJob(withJob(fresh(), undefined, { vault: key.vault, parameters: '{"Tier":"Bulk"}', status: 'InProgress', requestedAt: 0, initiatedAt: 0 }), undefined, { vault: key.vault, parameters: '{"Tier":"Expedited"}', status: 'Succeeded', requestedAt: 0 });
    expect(pendingJobs(jobs)).toEqual({ count: 1, doneBy: 12 * 3600 * 1000 });
  });
});
