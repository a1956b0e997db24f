import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { createResponseValidator, loadModel } from '../model/index';
import { referenceHandlers } from './msw-handlers';
import { createReference } from './reference-service';
import { patternBytes, uploadHeaders } from '../testing/reference-test-kit';
import { routeRequest } from './route-request';

const BASE = 'http://reference.invalid';
const validate = createResponseValidator(loadModel());
const archive = patternBytes(3 * 1024 * 1024 + 5);

interface Step {
  readonly method: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array;
  /** Expected status: the scenario must really produce each kind of response it claims to. */
  readonly status: number;
}

/** Drives `steps` through the msw adapter (the wire form) and validates every response against the normalized model. */
async function run(steps: (context: Record<string, string>) => Step[], context: Record<string, string>, handlers: ReturnType<typeof referenceHandlers>) {
  const problems: unknown[] = [];
  for (const step of steps(context)) {
    const headers = { 'x-amz-glacier-version': '2012-06-01', ...step.headers };
    const response = (await getResponse(handlers, new Request(`${BASE}${step.path}`, { method: step.method, headers, body: step.body as BodyInit })))!;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const operation = routeRequest(step.method, step.path)!.operation;
    const diagnostics = validate(operation, response.status, response.headers, bytes);
    if (response.status !== step.status || diagnostics.length > 0) {
      problems.push({ step: `${step.method} ${step.path}`, status: response.status, diagnostics, body: new TextDecoder().decode(bytes).slice(0, 300) });
    }
    if (response.headers.get('x-amz-archive-id')) context.archiveId = response.headers.get('x-amz-archive-id')!;
    if (response.headers.get('x-amz-job-id')) context[`job${Object.keys(context).length}`] = response.headers.get('x-amz-job-id')!;
  }
  return problems;
}

describe('every reference response validates against the normalized model', () => {
  it('holds for a scenario touching every operation, success and error (§2, §4, §8)', async () => {
    const clock = manualClock();
    const service = createReference({ clock, config: { jobDelayMs: 1000 } });
    const handlers = referenceHandlers(service, BASE);
    const context: Record<string, string> = {};
    const v = '/-/vaults/v';
    const job = (body: object, status = 202): Step => ({ method: 'POST', path: `${v}/jobs`, body: JSON.stringify(body), status });
    const before = await run(
      (c) => [
        { method: 'PUT', path: v, status: 201 },
        { method: 'PUT', path: '/111122223333/vaults/v', status: 201 },
        { method: 'PUT', path: '/-/vaults/bad%20name', status: 400 },
        { method: 'PUT', path: '/999999999999/vaults/v', status: 403 },
        { method: 'GET', path: v, status: 200 },
        { method: 'GET', path: '/-/vaults/none', status: 404 },
        { method: 'POST', path: `${v}/archives`, headers: uploadHeaders(archive, 'pattern'), body: archive, status: 201 },
        { method: 'POST', path: `${v}/archives`, headers: { ...uploadHeaders(archive), 'x-amz-sha256-tree-hash': '0'.repeat(64) }, body: archive, status: 400 },
        { method: 'POST', path: '/-/vaults/none/archives', headers: uploadHeaders(archive), body: archive, status: 404 },
        { method: 'GET', path: v, status: 200 },
      ],
      context,
      handlers,
    );
    const jobs = await run(
      (c) => [
        job({ Type: 'archive-retrieval', ArchiveId: c.archiveId, Description: 'whole', SNSTopic: 'arn:aws:sns:us-east-1:111122223333:t' }),
        job({ Type: 'archive-retrieval', ArchiveId: c.archiveId, RetrievalByteRange: '2097152-3145732', Tier: 'Bulk' }),
        job({ Type: 'inventory-retrieval' }),
        job({ Type: 'inventory-retrieval', Format: 'CSV', InventoryRetrievalParameters: { Limit: '1', StartDate: '2020-01-01T00:00:00Z' } }),
        job({ Type: 'archive-retrieval', ArchiveId: 'nope' }, 404),
        job({ Type: 'archive-retrieval', ArchiveId: c.archiveId, RetrievalByteRange: '0-1023' }, 400),
        job({ Type: 'select' }, 400),
        job({ Type: 'select', ArchiveId: c.archiveId, SelectParameters: { ExpressionType: 'SQL', Expression: 'SELECT * FROM archive' }, OutputLocation: { S3: { BucketName: 'b', Prefix: 'p' } } }),
        { method: 'POST', path: `${v}/jobs`, body: '{"Type":', status: 400 },
        { method: 'POST', path: `${v}/jobs`, headers: { 'x-amz-glacier-version': '' }, body: '{}', status: 400 },
      ],
      context,
      handlers,
    );
    const ids = Object.entries(context).filter(([key]) => key.startsWith('job')).map(([, id]) => id);
    expect(ids).toHaveLength(5);
    const reads = (succeeded: boolean): Step[] => [
      { method: 'GET', path: `${v}/jobs`, status: 200 },
      { method: 'GET', path: `${v}/jobs?limit=1`, status: 200 },
      { method: 'GET', path: `${v}/jobs?limit=2&marker=${ids[1]}&completed=${succeeded}`, status: 200 },
      { method: 'GET', path: `${v}/jobs?statuscode=finished`, status: 400 },
      { method: 'GET', path: `${v}/jobs?limit=0`, status: 400 },
      { method: 'GET', path: '/-/vaults/none/jobs', status: 404 },
      ...ids.map((id): Step => ({ method: 'GET', path: `${v}/jobs/${id}`, status: 200 })),
      { method: 'GET', path: `${v}/jobs/nope`, status: 404 },
      { method: 'GET', path: `${v}/jobs/nope/output`, status: 404 },
      // The select job (the last) has no output to download: its results would be in S3.
      ...ids.map((id, i): Step => ({ method: 'GET', path: `${v}/jobs/${id}/output`, status: succeeded && i < ids.length - 1 ? 200 : 400 })),
    ];
    const inProgress = await run(() => reads(false), context, handlers);
    clock.advance(1000);
    const done = await run(() => reads(true), context, handlers);
    const ranged = await run(
      () => [
        { method: 'GET', path: `${v}/jobs/${ids[0]}/output`, headers: { range: 'bytes=0-1048575' }, status: 206 },
        { method: 'GET', path: `${v}/jobs/${ids[1]}/output`, headers: { range: 'bytes=0-1023' }, status: 206 },
        // A Range of the CSV inventory: 206 slices of a JSON inventory are not JSON documents, and the
        // model's validator parses every application/json body whole (reported to src/model).
        { method: 'GET', path: `${v}/jobs/${ids[3]}/output`, headers: { range: 'bytes=0-9' }, status: 206 },
        { method: 'GET', path: `${v}/jobs/${ids[0]}/output`, headers: { range: 'bytes=9999999-10000000' }, status: 400 },
        { method: 'DELETE', path: v, status: 400 },
        { method: 'DELETE', path: `${v}/archives/${context.archiveId}`, status: 204 },
        { method: 'DELETE', path: `${v}/archives/${context.archiveId}`, status: 204 },
        { method: 'DELETE', path: `${v}/archives/nope`, status: 404 },
        { method: 'DELETE', path: v, status: 204 },
        { method: 'DELETE', path: v, status: 404 },
      ],
      context,
      handlers,
    );
    expect([...before, ...jobs, ...inProgress, ...done, ...ranged]).toEqual([]);
  });

  it('holds for the 500 ServiceUnavailableException of a failing rule', async () => {
    const service = createReference({ rules: { paginateJobs: () => { throw new Error('bug'); } } });
    const handlers = referenceHandlers(service, BASE);
    const problems = await run(
      () => [
        { method: 'PUT', path: '/-/vaults/v', status: 201 },
        { method: 'GET', path: '/-/vaults/v/jobs', status: 500 },
      ],
      {},
      handlers,
    );
    expect(problems).toEqual([]);
  });
});
