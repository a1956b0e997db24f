import { createHash } from 'node:crypto';
import { manualClock, type ManualClock } from '../core/clock';
import { treeHash } from '../treehash';
import type { ReferenceRequest, ReferenceResponse } from '../reference/reference-http';
import { bodyBytes } from '../reference/reference-http';
import { createReference, type ReferenceOptions, type ReferenceService } from '../reference/reference-service';

/**
 * Test helpers for the reference's own tests: a reference on a manual clock and
 * request builders that add what every Glacier request carries. Not exported by index.ts.
 */
export interface TestReference extends ReferenceService {
  readonly clock: ManualClock;
  send(method: string, path: string, init?: { headers?: Record<string, string>; body?: Uint8Array | string }): ReferenceResponse;
  json(response: ReferenceResponse): any;
  createVault(name: string): void;
  upload(vault: string, bytes: Uint8Array, description?: string): string;
  initiate(vault: string, parameters: Record<string, unknown>): string;
}

export function glacierRequest(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: Uint8Array | string } = {},
): ReferenceRequest {
  const body = typeof init.body === 'string' ? Buffer.from(init.body) : (init.body ?? new Uint8Array(0));
  return { method, path, headers: { 'x-amz-glacier-version': '2012-06-01', ...init.headers }, body };
}

/** Headers of a correct UploadArchive of `bytes`. */
export function uploadHeaders(bytes: Uint8Array, description?: string): Record<string, string> {
  const headers: Record<string, string> = {
    'content-length': String(bytes.length),
    'x-amz-sha256-tree-hash': treeHash(bytes),
    'x-amz-content-sha256': createHash('sha256').update(bytes).digest('hex'),
  };
  if (description !== undefined) headers['x-amz-archive-description'] = description;
  return headers;
}

export { patternBytes } from './pattern-archive-fixture';

export function testReference(options: Omit<ReferenceOptions, 'clock'> = {}): TestReference {
  const clock = manualClock(Date.UTC(2026, 0, 1));
  const service = createReference({ ...options, clock, config: { jobDelayMs: 1000, ...options.config } });
  const send: TestReference['send'] = (method, path, init) => service.handle(glacierRequest(method, path, init));
  const expectStatus = (response: ReferenceResponse, status: number) => {
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${Buffer.from(bodyBytes(response.body))}`);
    return response;
  };
  return Object.assign(Object.create(service) as ReferenceService, {
    clock,
    send,
    json: (response: ReferenceResponse) => JSON.parse(Buffer.from(bodyBytes(response.body)).toString('utf8')),
    createVault: (name: string) => void expectStatus(send('PUT', `/-/vaults/${name}`), 201),
    upload: (vault: string, bytes: Uint8Array, description?: string) =>
      expectStatus(send('POST', `/-/vaults/${vault}/archives`, { headers: uploadHeaders(bytes, description), body: bytes }), 201).headers[
        'x-amz-archive-id'
      ]!,
    initiate: (vault: string, parameters: Record<string, unknown>) =>
      expectStatus(send('POST', `/-/vaults/${vault}/jobs`, { body: JSON.stringify(parameters) }), 202).headers['x-amz-job-id']!,
  });
}
