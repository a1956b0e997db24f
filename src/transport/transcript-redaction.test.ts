import { afterEach, describe, expect, it } from 'vitest';
import { staticCredentials } from './credentials';
import { startHttpServer, type TestServer } from '../testing/test-servers';
import { openTestTarget } from '../testing/test-target';

const FAKE = {
  accessKeyId: 'AKIAZZFAKEACCESSKEY1',
  secretAccessKey: 'fake/Secret+Access/KeyThatMustNeverLeak0001',
  sessionToken: 'FAKE-session-token-that-must-never-leak-0002',
};
let server: TestServer | undefined;
afterEach(async () => server?.close());

describe('transcript redaction', () => {
  it('keeps credentials and signatures out of the whole transcript, even when the target echoes them', async () => {
    const signatures: string[] = [];
    // A hostile target: echoes every request header in its error body, a header and Location.
    server = await startHttpServer((req, res) => {
      signatures.push(/Signature=([0-9a-f]+)/.exec(String(req.headers.authorization))![1]!);
      const echo = JSON.stringify(req.headers);
      res.writeHead(403, {
        'content-type': 'application/json',
        'x-echo': `${req.headers['x-amz-security-token']} ${req.headers.authorization}`,
        location: `/redirect?X-Amz-Credential=${FAKE.accessKeyId}`,
        'set-cookie': `session=${FAKE.sessionToken}`,
      });
      res.end(JSON.stringify({ code: 'InvalidSignatureException', message: `Canonical request: ${echo}`, type: 'Client' }));
    });
    // The production wiring: openTarget signs with the credentials and records into the transcript.
    const target = await openTestTarget(server.url, { signing: 'sigv4', region: 'us-east-1', connectTimeoutMs: 1000, firstByteTimeoutMs: 1000, idleBodyTimeoutMs: 1000 }, { credentials: staticCredentials(FAKE) });
    const { client, transcript } = target;
    const exchanges = [
      await client.describeJob({ vaultName: 'v', jobId: 'j' }),
      await client.initiateJob({ vaultName: 'v', jobParameters: { Type: 'inventory-retrieval', Description: FAKE.secretAccessKey } }),
      await client.uploadArchive({ vaultName: 'v', body: Buffer.from('archive bytes') }),
    ];
    await target.close();
    const serialized = JSON.stringify({ transcript, exchanges });
    expect(signatures).toHaveLength(3);
    for (const secret of [...Object.values(FAKE), ...signatures]) expect(serialized).not.toContain(secret);
    expect(exchanges[0]!.request.headers.authorization).toBe('[REDACTED]');
    expect(exchanges[0]!.outcome).toMatchObject({ ok: false, failure: { kind: 'aws-error', awsError: { code: 'InvalidSignatureException' } } });
  });
});
