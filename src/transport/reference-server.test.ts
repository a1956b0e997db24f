import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { startReferenceServer, type ReferenceServer } from '../reference/http-server';
import { archiveRetrievalScenario } from '../testing/client-scenario';
import { staticCredentials } from './credentials';
import { openTarget, type OpenedTarget } from './open-target';
import { resolveTargetConfig } from './target-config';

const FAKE = { accessKeyId: 'AKIDREFERENCETEST001', secretAccessKey: 'reference-test-secret-key-000000000001' };
const cleanup: (ReferenceServer | OpenedTarget)[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((item) => item.close()));
});

async function start(credentials?: typeof FAKE) {
  // The verifier holds the signing time to 15 min of the server's clock: start it at the signer's now.
  const clock = manualClock(Date.now());
  const server = await startReferenceServer({ clock, config: { jobDelayMs: 60_000 }, ...(credentials ? { credentials } : {}) });
  cleanup.push(server);
  return { server, completeJobs: () => clock.advance(60_000) };
}

async function open(url: string, flags: { unsigned?: boolean }, secret = FAKE.secretAccessKey) {
  const config = resolveTargetConfig({ target: url, region: 'us-east-1', firstByteTimeout: '5', ...flags }, {});
  const opened = await openTarget(config, { credentials: staticCredentials({ ...FAKE, secretAccessKey: secret }) });
  cleanup.push(opened);
  return opened;
}

describe('the client against the reference over HTTP', () => {
  it('runs the archive retrieval signed, and the reference accepts every signature (§1)', async () => {
    const { server, completeJobs } = await start(FAKE);
    const { client, transcript } = await open(server.url, {});
    await archiveRetrievalScenario(client, completeJobs);
    const signed = transcript.entries().filter((entry) => entry.request.headers.authorization === '[REDACTED]');
    expect(signed).toHaveLength(transcript.totals().exchanges);
    expect(transcript.totals().failures).toEqual({ 'aws-error': 1 });
  });

  it('runs the archive retrieval unsigned against a reference that checks nothing', async () => {
    const { server, completeJobs } = await start();
    const { client, transcript } = await open(server.url, { unsigned: true });
    await archiveRetrievalScenario(client, completeJobs);
    expect(transcript.entries().some((entry) => 'authorization' in entry.request.headers)).toBe(false);
  });

  it('gets InvalidSignatureException, not retried, for a wrong secret key (§4)', async () => {
    const { server } = await start(FAKE);
    const { client } = await open(server.url, {}, 'not-the-secret-the-reference-knows-0001');
    const exchange = await client.createVault({ vaultName: 'v' });
    expect(exchange.retries).toBe(0);
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { kind: 'aws-error', awsError: { code: 'InvalidSignatureException' } } });
  });

  it('gets MissingAuthenticationTokenException when unsigned against a signing reference (§4)', async () => {
    const { server } = await start(FAKE);
    const { client } = await open(server.url, { unsigned: true });
    const exchange = await client.listJobs({ vaultName: 'v' });
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { awsError: { code: 'MissingAuthenticationTokenException' } } });
  });
});
