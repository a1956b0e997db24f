import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReferenceRequest, ReferenceResponse } from '../reference/reference-http';
import { runCliAsync } from '../testing/cli-process';
import { startHostileReference, type Twist } from '../testing/hostile-reference';

// Key id, secret and token that no pattern would recognise: only redaction by value removes them.
const ACCESS_KEY_ID = 'TESTKEYIDECHOED4242';
const SECRET = 'echo/Secret+Access+Key/0123456789abcdefXYZ';
const SESSION_TOKEN = 'EchoedSessionToken//0123456789+abcdefghijklmnop==';
const credentials = { AWS_ACCESS_KEY_ID: ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: SESSION_TOKEN };
const scratch = mkdtempSync(join(tmpdir(), 'gc-echo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Everything the request carried, as one text: headers, path and query, body; plus the secret itself, as a leaky proxy might. */
function dump(request: ReferenceRequest): string {
  const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`).join('\n');
  return `${request.method} ${request.path}\n${headers}\n\n${Buffer.from(request.body).toString('utf8').slice(0, 2000)}\nsecret=${SECRET}`;
}

/** Echoes the request in every place a response can carry it: headers, JSON fields, error messages, job descriptions. */
const echo: Twist = (request, response): ReferenceResponse => {
  const everything = dump(request);
  const headers = { ...response.headers, 'x-echo-authorization': request.headers['authorization'] ?? '', 'x-echo-token': request.headers['x-amz-security-token'] ?? '', 'x-echo-path': request.path };
  if (response.body.kind !== 'json') return { ...response, headers };
  const value = response.body.value as Record<string, unknown>;
  if (response.status >= 400) return { ...response, headers, body: { kind: 'json', value: { ...value, message: everything, type: `Client ${request.headers['authorization']}` } } };
  const echoed = (job: unknown) => ({ ...(job as object), JobDescription: request.headers['authorization'], StatusMessage: everything });
  const body = Array.isArray(value['JobList']) ? { ...value, JobList: value['JobList'].map(echoed), Echo: everything } : 'JobId' in value ? { ...echoed(value), Echo: everything } : { ...value, Echo: everything };
  return { ...response, headers, body: { kind: 'json', value: body } };
};

describe('a signed run against a target that echoes everything it receives (issue 15)', () => {
  it('writes no credential, token, signature or credential scope to any report file, stdout or stderr', async () => {
    const server = await startHostileReference(echo, 100);
    const out = join(scratch, 'report');
    try {
      const run = await runCliAsync(['run', '--target', server.url, '--profile', 'reference', '--runs', '2', '--seed', '3', '--time-budget', '10', '--out', out], { env: credentials, timeoutMs: 60_000 });
      expect(run.status, run.stderr).not.toBeNull();
      expect(run.stderr).not.toMatch(/cannot sign|credentials/i);
      const files = readdirSync(out).map((name) => readFileSync(join(out, name), 'utf8'));
      expect(files.join('\n')).toContain('[REDACTED]'); // the echo did reach the report, redacted
      const written = [...files, run.stdout, run.stderr].join('\n');
      for (const secret of [ACCESS_KEY_ID, SECRET, SESSION_TOKEN]) {
        expect(written).not.toContain(secret);
        expect(written).not.toContain(encodeURIComponent(secret));
      }
      expect(written).not.toMatch(/Signature=[0-9a-f]{16}/);
      expect(written).not.toMatch(/\d{8}\/us-east-1\/glacier\/aws4_request/);
    } finally {
      await server.close();
    }
  }, 90_000);
});

describe('a resumable run against a target that echoes everything it receives (issue 13)', () => {
  it('writes no credential, token or signature into the state file: the recorded answers are redacted', async () => {
    const server = await startHostileReference(echo, 100);
    const out = join(scratch, 'stateful');
    const state = join(scratch, 'echo.state.json');
    try {
      const run = await runCliAsync(['run', '--target', server.url, '--profile', 'reference', '--only', 'spec', '--runs', '2', '--seed', '3', '--time-budget', '10', '--state', state, '--out', out], { env: credentials, timeoutMs: 60_000 });
      expect(run.status, run.stderr).not.toBeNull();
      const written = readFileSync(state, 'utf8');
      // The state did record answers (archive and job ids), and the echoed headers in them only redacted.
      expect(JSON.parse(written).archives.length).toBeGreaterThan(0);
      expect(written).toContain('x-echo-authorization');
      for (const secret of [ACCESS_KEY_ID, SECRET, SESSION_TOKEN]) {
        expect(written).not.toContain(secret);
        expect(written).not.toContain(encodeURIComponent(secret));
      }
      expect(written).not.toMatch(/Signature=[0-9a-f]{16}/);
    } finally {
      await server.close();
    }
  }, 90_000);
});
