import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from './http-server';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
let server: ReferenceServer;

/** Signs like an SDK: the path as sent, the query as an object, host and the Glacier headers signed. */
async function signed(method: string, path: string, secret = credentials.secretAccessKey, body?: string) {
  const url = new URL(`${server.url}${path}`);
  const request = new HttpRequest({
    method,
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: url.host, 'x-amz-glacier-version': '2012-06-01', ...(body ? { 'content-type': 'application/json' } : {}) },
    body,
  });
  const signer = new SignatureV4({ credentials: { ...credentials, secretAccessKey: secret }, region: 'us-east-1', service: 'glacier', sha256: Sha256 });
  const { headers } = await signer.sign(request);
  return { url: url.toString(), headers: headers as Record<string, string> };
}

async function call(method: string, url: string, headers: Record<string, string>, body?: string) {
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

beforeAll(async () => {
  server = await startReferenceServer({ credentials, config: { jobDelayMs: 0 } });
});
afterAll(() => server.close());

describe('verifySigV4 in the server', () => {
  it('accepts requests signed with the configured key, query and body included', async () => {
    const create = await signed('PUT', '/-/vaults/signed');
    expect((await call('PUT', create.url, create.headers)).status).toBe(201);
    const body = JSON.stringify({ Type: 'inventory-retrieval' });
    const initiate = await signed('POST', '/-/vaults/signed/jobs', undefined, body);
    expect((await call('POST', initiate.url, initiate.headers, body)).status).toBe(202);
    const list = await signed('GET', '/-/vaults/signed/jobs?limit=2&statuscode=Succeeded');
    expect((await call('GET', list.url, list.headers)).status).toBe(200);
  });

  it('rejects a missing signature with 400 MissingAuthenticationTokenException (§4)', async () => {
    const result = await call('PUT', `${server.url}/-/vaults/x`, { 'x-amz-glacier-version': '2012-06-01' });
    expect(result).toEqual({ status: 400, body: { code: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token', type: 'Client' } });
  });

  it('rejects a signature made with another secret with 403 InvalidSignatureException (§4)', async () => {
    const request = await signed('PUT', '/-/vaults/x', 'not-the-secret');
    const result = await call('PUT', request.url, request.headers);
    expect([result.status, result.body.code, result.body.type]).toEqual([403, 'InvalidSignatureException', 'Client']);
  });

  it.each([
    ['a changed path', (r: { url: string }) => ({ ...r, url: r.url.replace('/x', '/y') })],
    ['an added query parameter', (r: { url: string }) => ({ ...r, url: `${r.url}?limit=1` })],
    ['a changed signed header', (r: { headers: Record<string, string> }) => ({ ...r, headers: { ...r.headers, 'x-amz-date': '20200101T000000Z' } })],
    ['a flipped signature digit', (r: { headers: Record<string, string> }) => ({ ...r, headers: { ...r.headers, authorization: r.headers.authorization!.replace(/.$/, (c) => (c === '0' ? '1' : '0')) } })],
  ] as const)('rejects a request with %s with 403 and changes nothing', async (_, tamper) => {
    const request = tamper((await signed('PUT', '/-/vaults/x')) as never) as { url: string; headers: Record<string, string> };
    const result = await call('PUT', request.url, request.headers);
    expect([result.status, result.body.code]).toEqual([403, 'InvalidSignatureException']);
    expect(server.service.state.vaults.has('x')).toBe(false);
    expect(server.service.state.vaults.has('y')).toBe(false);
  });

  it('rejects an unknown access key with UnrecognizedClientException', async () => {
    const request = await signed('PUT', '/-/vaults/x');
    const headers = { ...request.headers, authorization: request.headers.authorization!.replace('AKIDEXAMPLE', 'AKIDOTHER') };
    expect((await call('PUT', request.url, headers)).body.code).toBe('UnrecognizedClientException');
  });
});
