import { DescribeJobCommand, GlacierClient, ListJobsCommand, UploadArchiveCommand } from '@aws-sdk/client-glacier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticCredentials } from './credentials';
import { createSigV4Signer } from './sigv4-signer';
import { startHttpServer, type TestServer } from '../testing/test-servers';

/**
 * Oracle: the real AWS SDK signs a request to a local server; our signer, given the same
 * method, URL, signed headers, body and date, must produce the same Authorization.
 */
const FAKE = { accessKeyId: 'AKIDEXAMPLEFAKE00001', secretAccessKey: 'fake-secret-key-for-signing-tests-0001', sessionToken: 'fake-token-0001' };

interface Captured {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

let server: TestServer;
let captured: Captured[] = [];
let sdk: GlacierClient;

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      captured.push({ method: req.method!, path: req.url!, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  sdk = new GlacierClient({ endpoint: server.url, region: 'eu-west-1', credentials: { ...FAKE }, maxAttempts: 1 });
});

afterAll(async () => {
  sdk.destroy();
  await server.close();
});

async function ourAuthorization(request: Captured): Promise<string> {
  const signedNames = /SignedHeaders=([^,]+)/.exec(request.headers.authorization!)![1]!.split(';');
  const headers = Object.fromEntries(signedNames.filter((n) => n !== 'x-amz-date').map((n) => [n, request.headers[n]!]));
  const date = request.headers['x-amz-date']!.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z');
  const signer = createSigV4Signer('eu-west-1', staticCredentials(FAKE));
  const signed = await signer.sign(
    { method: request.method, url: `${server.url}${request.path}`, headers, ...(request.body.length ? { body: request.body } : {}) },
    Date.parse(date),
  );
  return signed.headers.authorization!;
}

describe('createSigV4Signer', () => {
  it.each([
    ['DescribeJob', () => new DescribeJobCommand({ accountId: '-', vaultName: 'v', jobId: 'job id/with+odd chars' })],
    ['ListJobs with a query', () => new ListJobsCommand({ accountId: '-', vaultName: 'v', limit: 2, marker: 'a b+c/=', statuscode: 'Succeeded' })],
    ['UploadArchive with a body', () => new UploadArchiveCommand({ accountId: '-', vaultName: 'v', body: Buffer.from('hello glacier') })],
  ])('signs %s exactly as the AWS SDK does', async (_name, command) => {
    captured = [];
    await sdk.send(command() as never);
    expect(captured).toHaveLength(1);
    expect(await ourAuthorization(captured[0]!)).toBe(captured[0]!.headers.authorization);
  });

  it('remembers the credential values it signed with, for redaction', async () => {
    const signer = createSigV4Signer('us-east-1', staticCredentials(FAKE));
    await signer.sign({ method: 'GET', url: 'http://127.0.0.1:1/-/vaults/v', headers: {} }, Date.UTC(2026, 0, 1));
    expect([...signer.secrets].sort()).toEqual(Object.values(FAKE).sort());
  });
});
