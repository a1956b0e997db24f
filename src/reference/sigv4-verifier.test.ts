import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { startReferenceServer, type ReferenceServer } from './http-server';
import { treeHash } from '../treehash';
import { canonicalRequest, sha256Hex, signature } from './sigv4-canonical';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const NOW = Date.UTC(2026, 4, 24, 12, 0, 0);
const clock = manualClock(NOW);
let server: ReferenceServer;

interface Signing {
  readonly secret?: string;
  readonly region?: string;
  readonly service?: string;
  readonly atMs?: number;
  readonly extraHeaders?: Record<string, string>;
  /** Whether the signer adds x-amz-content-sha256 (as the Glacier SDK does). */
  readonly applyChecksum?: boolean;
  /** Another server than the shared one. */
  readonly base?: string;
}

interface Signed {
  readonly url: string;
  readonly headers: Record<string, string>;
}

/** Signs like @aws-sdk/client-glacier (@smithy/signature-v4): the path as sent, the query as an object, host and the Glacier headers. */
async function signed(method: string, path: string, body?: string, signing: Signing = {}): Promise<Signed> {
  const url = new URL(`${signing.base ?? server.url}${path}`);
  const request = new HttpRequest({
    method,
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: url.host, 'x-amz-glacier-version': '2012-06-01', ...(body ? { 'content-type': 'application/json' } : {}), ...signing.extraHeaders },
    body,
  });
  const signer = new SignatureV4({
    credentials: { ...credentials, secretAccessKey: signing.secret ?? credentials.secretAccessKey },
    region: signing.region ?? 'us-east-1',
    service: signing.service ?? 'glacier',
    sha256: Sha256,
    applyChecksum: signing.applyChecksum ?? true,
  });
  const { headers } = await signer.sign(request, { signingDate: new Date(signing.atMs ?? NOW) });
  return { url: url.toString(), headers: headers as Record<string, string> };
}

/** Signs like fog-aws or a client signing only an HTTP `Date`: the listed headers exactly, `date` among them. */
function signedWithDate(method: string, path: string, headers: Record<string, string>): Signed {
  const url = new URL(`${server.url}${path}`);
  const all: Record<string, string> = { host: url.host, 'x-amz-glacier-version': '2012-06-01', ...headers };
  const names = Object.keys(all).sort();
  const amzDate = new Date(NOW).toISOString().replace(/[-:]|\.\d{3}/g, '');
  const canonical = canonicalRequest({ method, target: `${url.pathname}${url.search}`, signedHeaders: names, headers: all, payloadHash: sha256Hex('') });
  const sig = signature(credentials.secretAccessKey, [amzDate.slice(0, 8), 'us-east-1', 'glacier'], amzDate, canonical);
  const authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${amzDate.slice(0, 8)}/us-east-1/glacier/aws4_request, SignedHeaders=${names.join(';')}, Signature=${sig}`;
  return { url: url.toString(), headers: { ...all, authorization } };
}

async function call(method: string, { url, headers }: Signed, body?: string) {
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

/** Waits up to 2 s for `done` (a refused body's file is removed asynchronously). */
async function until(done: () => boolean) {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > 2000) throw new Error('condition not reached within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const vaultCount = () => server.service.state.vaults.size;

beforeAll(async () => {
  server = await startReferenceServer({ credentials, clock, config: { jobDelayMs: 0 } });
});
afterAll(() => server.close());

describe('the SigV4 verifier of serve --sigv4 accepts', () => {
  it('requests signed by @smithy/signature-v4, query and body included', async () => {
    expect((await call('PUT', await signed('PUT', '/-/vaults/signed'))).status).toBe(201);
    const body = JSON.stringify({ Type: 'inventory-retrieval' });
    expect((await call('POST', await signed('POST', '/-/vaults/signed/jobs', body), body)).status).toBe(202);
    expect((await call('GET', await signed('GET', '/-/vaults/signed/jobs?limit=2&statuscode=Succeeded'))).status).toBe(200);
  });

  it('a signed `date` beside `x-amz-date` (fog-aws)', async () => {
    const amzDate = new Date(NOW).toISOString().replace(/[-:]|\.\d{3}/g, '');
    const request = signedWithDate('PUT', '/-/vaults/fog', { date: new Date(NOW).toUTCString(), 'x-amz-date': amzDate });
    expect((await call('PUT', request)).status).toBe(201);
  });

  it('a signed `Date` without X-Amz-Date', async () => {
    expect((await call('PUT', signedWithDate('PUT', '/-/vaults/dated', { date: new Date(NOW).toUTCString() }))).status).toBe(201);
  });

  it('a body sent chunked in pieces, hashed as it arrives', async () => {
    const body = JSON.stringify({ Type: 'inventory-retrieval', Description: 'x'.repeat(900) });
    const { url, headers } = await signed('POST', '/-/vaults/signed/jobs', body);
    const status = await new Promise<number>((resolve, reject) => {
      const sending = httpRequest(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      sending.on('error', reject);
      for (let at = 0; at < body.length; at += 300) sending.write(body.slice(at, at + 300));
      sending.end();
    });
    expect(status).toBe(202);
  });

  it.each([
    ['14 min slow', -14 * 60_000],
    ['14 min fast', 14 * 60_000],
  ])('a signing time %s against the server clock', async (_, offset) => {
    expect((await call('GET', await signed('GET', '/-/vaults/signed', undefined, { atMs: NOW + offset }))).status).toBe(200);
  });
});

const flip = (request: Signed): Signed => ({
  ...request,
  headers: { ...request.headers, authorization: request.headers.authorization!.replace(/.$/, (c) => (c === '0' ? '1' : '0')) },
});
const replaceAuth = (request: Signed, from: string | RegExp, to: string): Signed => ({
  ...request,
  headers: { ...request.headers, authorization: request.headers.authorization!.replace(from, to) },
});
const without = (request: Signed, name: string): Signed => ({
  ...request,
  headers: Object.fromEntries(Object.entries(request.headers).filter(([key]) => key !== name)),
});

type Case = readonly [name: string, make: () => Promise<Signed>, status: number, code: string, message: RegExp];
const MISMATCH = /^The request signature we calculated does not match the signature you provided\./;
const PUT_X = () => signed('PUT', '/-/vaults/x');
const refusals: readonly Case[] = [
  ['no Authorization', async () => without(await PUT_X(), 'authorization'), 400, 'MissingAuthenticationTokenException', /^Missing Authentication Token$/],
  ['an Authorization of another scheme', async () => replaceAuth(await PUT_X(), /^.*$/, 'Basic dXNlcjpwYXNz'), 400, 'IncompleteSignatureException', /requires 'Credential' parameter/],
  ['no Signature parameter', async () => replaceAuth(await PUT_X(), /, Signature=.*$/, ''), 400, 'IncompleteSignatureException', /requires 'Signature' parameter/],
  ['neither X-Amz-Date nor Date', async () => without(await PUT_X(), 'x-amz-date'), 400, 'IncompleteSignatureException', /either a 'X-Amz-Date' or a 'Date' header/],
  ['host not signed', async () => replaceAuth(await PUT_X(), 'SignedHeaders=host;', 'SignedHeaders='), 400, 'IncompleteSignatureException', /'Host' or ':authority'/],
  ['another access key', async () => replaceAuth(await PUT_X(), 'AKIDEXAMPLE', 'AKIDOTHER'), 400, 'UnrecognizedClientException', /security token included in the request is invalid/],
  ['another service in the scope (s3)', () => signed('PUT', '/-/vaults/x', undefined, { service: 's3' }), 403, 'InvalidSignatureException', /^Credential should be scoped to correct service: 'glacier'\. $/],
  ['another region in the scope', () => signed('PUT', '/-/vaults/x', undefined, { region: 'eu-west-1' }), 403, 'InvalidSignatureException', /scoped to a valid region, not 'eu-west-1'/],
  ['a scope date other than the signing date', async () => replaceAuth(await PUT_X(), '/20260524/', '/20260523/'), 403, 'InvalidSignatureException', /'20260523' != '20260524', from '20260524T120000Z'/],
  ['a signing time 16 min old', () => signed('PUT', '/-/vaults/x', undefined, { atMs: NOW - 16 * 60_000 }), 403, 'InvalidSignatureException',
    /^Signature expired: 20260524T114400Z is now earlier than 20260524T114500Z \(20260524T120000Z - 15 min\.\)$/],
  ['a signing time 400 days old (a replay)', () => signed('PUT', '/-/vaults/x', undefined, { atMs: NOW - 400 * 86_400_000 }), 403, 'InvalidSignatureException', /^Signature expired/],
  ['a signing time 16 min ahead', () => signed('PUT', '/-/vaults/x', undefined, { atMs: NOW + 16 * 60_000 }), 403, 'InvalidSignatureException', /^Signature not yet current: 20260524T121600Z is still later than 20260524T121500Z/],
  ['another secret', () => signed('PUT', '/-/vaults/x', undefined, { secret: 'not-the-secret' }), 403, 'InvalidSignatureException', /signature we calculated does not match/],
  ['a changed path', async () => { const r = await PUT_X(); return { ...r, url: r.url.replace('/x', '/y') }; }, 403, 'InvalidSignatureException', MISMATCH],
  ['an added query parameter', async () => { const r = await PUT_X(); return { ...r, url: `${r.url}?limit=1` }; }, 403, 'InvalidSignatureException', MISMATCH],
  ['a changed signed header', async () => { const r = await PUT_X(); return { ...r, headers: { ...r.headers, 'x-amz-glacier-version': '2012-06-02' } }; }, 403, 'InvalidSignatureException', MISMATCH],
  ['a flipped signature digit', async () => flip(await PUT_X()), 403, 'InvalidSignatureException', MISMATCH],
  ['x-amz-content-sha256: UNSIGNED-PAYLOAD', () => signed('PUT', '/-/vaults/x', undefined, { extraHeaders: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } }), 403, 'InvalidSignatureException',
    /x-amz-content-sha256 does not match the computed payload hash\. Computed digest: e3b0c442\w+ expected hash: UNSIGNED-PAYLOAD$/],
];

describe('the SigV4 verifier of serve --sigv4 refuses, with no side effect,', () => {
  it.each(refusals.map((row) => [...row]))('%s', async (_, make, status, code, message) => {
    const before = vaultCount();
    const result = await call('PUT', await make());
    expect([result.status, result.body.code, result.body.type]).toEqual([status, code, 'Client']);
    expect(result.body.message).toMatch(message);
    expect(vaultCount()).toBe(before);
    expect(server.service.state.vaults.has('x')).toBe(false);
  });

  const signedBody = JSON.stringify({ Type: 'inventory-retrieval', Description: 'signed' });
  const tampered = JSON.stringify({ Type: 'inventory-retrieval', Description: 'TAMPER' });
  it.each([
    ['with the signed x-amz-content-sha256', true, /x-amz-content-sha256 does not match the computed payload hash/],
    ['without x-amz-content-sha256', false, /signature we calculated does not match/],
  ])('a body other than the one signed (%s): 403, and no job is created', async (_, applyChecksum, message) => {
    const jobsBefore = server.service.state.vaults.get('signed')?.jobs.size;
    const request = await signed('POST', '/-/vaults/signed/jobs', signedBody, { applyChecksum });
    const result = await call('POST', request, tampered);
    expect([result.status, result.body.code]).toEqual([403, 'InvalidSignatureException']);
    expect(result.body.message).toMatch(message);
    expect(server.service.state.vaults.get('signed')?.jobs.size).toBe(jobsBefore);
    expect((await call('POST', request, signedBody)).status).toBe(202);
  });
});

describe('the SigV4 verifier on the streamed upload path (bodies stored on disk as they arrive)', () => {
  let disk: ReferenceServer;
  beforeAll(async () => {
    disk = await startReferenceServer({ credentials, clock, diskThresholdBytes: 1024, config: { jobDelayMs: 0 } });
  });
  afterAll(() => disk.close());

  it('accepts the signed archive and refuses a tampered one, leaving no archive and no file', async () => {
    const archive = Buffer.alloc(64 * 1024, 7);
    expect((await call('PUT', await signed('PUT', '/-/vaults/streamed', undefined, { base: disk.url }))).status).toBe(201);
    const upload = async (bytes: Buffer) => {
      const url = new URL(`${disk.url}/-/vaults/streamed/archives`);
      const request = new HttpRequest({
        method: 'POST', protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: url.pathname,
        headers: { host: url.host, 'x-amz-glacier-version': '2012-06-01', 'x-amz-sha256-tree-hash': treeHash(archive), 'content-length': String(archive.length) },
        body: archive,
      });
      const signer = new SignatureV4({ credentials, region: 'us-east-1', service: 'glacier', sha256: Sha256 });
      const { headers } = await signer.sign(request, { signingDate: new Date(NOW) });
      const response = await fetch(url, { method: 'POST', headers: headers as Record<string, string>, body: new Uint8Array(bytes) });
      return { status: response.status, body: await response.text() };
    };
    const tampered = Buffer.from(archive);
    tampered[40_000] = 8;
    const refused = await upload(tampered);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).message).toMatch(/x-amz-content-sha256 does not match the computed payload hash/);
    expect(disk.service.state.vaults.get('streamed')?.archives.size).toBe(0);
    await until(() => readdirSync(disk.storageDir).filter((name) => !name.startsWith('.')).length === 0);
    expect((await upload(archive)).status).toBe(201);
    expect(disk.service.state.vaults.get('streamed')?.archives.size).toBe(1);
  });
});
