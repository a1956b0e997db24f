import { describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { referenceHandlers } from '../reference/msw-handlers';
import { createReference } from '../reference/reference-service';
import { archiveRetrievalScenario } from '../testing/client-scenario';
import { EMBEDDED_BASE_URL } from './open-target';
import { openTestTarget } from '../testing/test-target';

const LIMITS = { connectTimeoutMs: 1000, firstByteTimeoutMs: 1000, idleBodyTimeoutMs: 1000 };

describe('the client against the embedded reference', () => {
  it('runs an archive retrieval from vault creation to ranged output', async () => {
    const clock = manualClock();
    const service = createReference({ clock, config: { jobDelayMs: 60_000 } });
    const { client } = await openTestTarget(undefined, LIMITS, { embeddedHandlers: referenceHandlers(service, EMBEDDED_BASE_URL) });
    await archiveRetrievalScenario(client, () => clock.advance(60_000));
  });

  it('gets MissingParameterValueException when a check omits x-amz-glacier-version (§1, §4)', async () => {
    const service = createReference();
    const { client } = await openTestTarget(undefined, LIMITS, { embeddedHandlers: referenceHandlers(service, EMBEDDED_BASE_URL) });
    const exchange = await client.createVault({ vaultName: 'v' }, { omitGlacierVersion: true });
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { status: 400, awsError: { code: 'MissingParameterValueException' } } });
  });
});
