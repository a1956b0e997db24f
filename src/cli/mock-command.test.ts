import { spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResponseValidator } from '../model/response-validator';
import { loadModel } from '../model/model-file';
import { CLI, startListening } from '../testing/cli-process';

const JOB = 'HkF9p6o7yjhFx-K3CGl6fuSm6VzW9T7esGQfco8nUXVYwS0jlb5gq1JZ55yHgt5vP54ZShjoQzQVVh7vEXAMPLEjobID';
/** §1: the API version on every call, and a SigV4-shaped Authorization for Prism's apiKey check. */
const SIGNED = {
  'x-amz-glacier-version': '2012-06-01',
  Authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20120525/us-east-1/glacier/aws4_request, SignedHeaders=host;x-amz-date;x-amz-glacier-version, Signature=0123456789abcdef',
};

const validate = createResponseValidator(loadModel());
let mock: ChildProcess;
let baseUrl = '';
let exited: Promise<number | null>;

beforeAll(async () => {
  // Its own process group, so afterAll can stop Prism even if the CLI died first.
  const listening = await startListening(['mock', '--port', '0'], process.env, { detached: true });
  mock = listening.child;
  exited = new Promise((resolve) => (mock.exitCode !== null ? resolve(mock.exitCode) : mock.once('exit', (code) => resolve(code))));
  baseUrl = listening.url;
  expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
}, 30_000);

afterAll(async () => {
  try {
    process.kill(-mock.pid!, 'SIGKILL');
  } catch {
    // Already gone: the last test stopped it.
  }
});

async function call(operationId: string, method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  const response = await fetch(`${baseUrl}/-/vaults/examplevault${path}`, { method, headers: { ...SIGNED, ...headers }, body });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, diagnostics: validate(operationId, response.status, response.headers, bytes), bytes };
}

describe('glacier-conformance mock', () => {
  it('§2.1: InitiateJob answers 202 with Location and x-amz-job-id, conforming to the model', async () => {
    const body = JSON.stringify({ Type: 'archive-retrieval', ArchiveId: 'A', RetrievalByteRange: '0-1048575', Tier: 'Bulk' });
    const result = await call('InitiateJob', 'POST', '/jobs', { 'Content-Type': 'application/json' }, body);
    expect([result.status, result.diagnostics]).toEqual([202, []]);
    expect(result.headers.get('x-amz-job-id')).toBe(result.headers.get('location')!.split('/').at(-1));
  });

  it('§2.2: ListJobs answers 200 with a JobList that conforms', async () => {
    const result = await call('ListJobs', 'GET', '/jobs?limit=2&statuscode=Succeeded&completed=true');
    expect([result.status, result.diagnostics]).toEqual([200, []]);
    expect(JSON.parse(new TextDecoder().decode(result.bytes)).JobList.length).toBeGreaterThan(0);
  });

  it('§2.3: DescribeJob answers 200 with a GlacierJobDescription that conforms', async () => {
    const result = await call('DescribeJob', 'GET', `/jobs/${JOB}`);
    expect([result.status, result.diagnostics]).toEqual([200, []]);
    expect(JSON.parse(new TextDecoder().decode(result.bytes)).JobId).toBe(JOB);
  });

  it.each([
    ['archive bytes', {}, 200, 'application/octet-stream'],
    ['the JSON inventory', { Accept: 'application/json' }, 200, 'application/json'],
    ['the CSV inventory', { Accept: 'text/csv' }, 200, 'text/csv'],
    ['a range, when asked for 206', { Range: 'bytes=0-1048575', Prefer: 'code=206' }, 206, 'application/octet-stream'],
  ])('§2.4: GetJobOutput serves %s conforming to the model', async (_case, headers, status, mediaType) => {
    const result = await call('GetJobOutput', 'GET', `/jobs/${JOB}/output`, headers);
    expect([result.status, result.headers.get('content-type'), result.diagnostics]).toEqual([status, mediaType, []]);
  });

  it('§1: a call without x-amz-glacier-version gets the documented 400 MissingParameterValueException', async () => {
    const response = await fetch(`${baseUrl}/-/vaults/examplevault/jobs/${JOB}`, { headers: { Authorization: SIGNED.Authorization } });
    const body = await response.text();
    expect(validate('DescribeJob', response.status, response.headers, body)).toEqual([]);
    expect([response.status, JSON.parse(body).code]).toEqual([400, 'MissingParameterValueException']);
  });

  it('stops Prism and exits 0 on SIGTERM', async () => {
    mock.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(`${baseUrl}/-/vaults/examplevault/jobs`, { headers: SIGNED })).rejects.toThrow();
  });

  it.each([['--port', '70000'], ['--port', 'x'], ['--host', 'a']])('exits 2 with one line for %s %s', (flag, value) => {
    const result = spawnSync(process.execPath, [CLI, 'mock', flag, value], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^glacier-conformance: mock: [^\n]+\n$/);
  });
});
