import { describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { referenceHandlers } from '../reference/msw-handlers';
import { createReference } from '../reference/reference-service';
import { createEmbeddedTarget } from './embedded-target';
import { archiveRetrievalScenario } from '../testing/client-scenario';
import { createGlacierClient } from './glacier-client';
import { EMBEDDED_BASE_URL } from './open-target';
import { transportContext } from './transport-context';

const LIMITS = { connectTimeoutMs: 1000, firstByteTimeoutMs: 1000, idleBodyTimeoutMs: 1000 };

describe('the client against the embedded reference', () => {
  it('runs an archive retrieval from vault creation to ranged output', async () => {
    const clock = manualClock();
    const service = createReference({ clock, config: { jobDelayMs: 60_000 } });
    const target = createEmbeddedTarget(referenceHandlers(service, EMBEDDED_BASE_URL), EMBEDDED_BASE_URL, LIMITS);
    await archiveRetrievalScenario(createGlacierClient(transportContext(target)), () => clock.advance(60_000));
  });

  it('gets MissingParameterValueException when a check omits x-amz-glacier-version (§1, §4)', async () => {
    const service = createReference();
    const target = createEmbeddedTarget(referenceHandlers(service, EMBEDDED_BASE_URL), EMBEDDED_BASE_URL, LIMITS);
    const exchange = await createGlacierClient(transportContext(target)).createVault({ vaultName: 'v' }, { omitGlacierVersion: true });
    expect(exchange.outcome).toMatchObject({ ok: false, failure: { status: 400, awsError: { code: 'MissingParameterValueException' } } });
  });
});
