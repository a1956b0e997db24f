import type { RequestHandler } from 'msw';
import { systemClock, type Clock } from '../core/clock';
import { defaultCredentialProvider, requireCredentials, type CredentialProvider } from './credentials';
import { createEmbeddedTarget } from './embedded-target';
import type { ExchangeLedger } from './exchange-ledger';
import type { Footprint } from './footprint';
import { createGlacierClient, type GlacierClient } from './glacier-client';
import { createHttpTarget } from './http-target';
import { createRateLimiter, unlimitedRate } from './rate-limiter';
import { createRunBudget } from './run-budget';
import { createSigV4Signer } from './sigv4-signer';
import { realSleep, type Sleep } from './sleep';
import type { Target } from './target';
import type { TargetConfig } from './target-config';
import { createTranscript, type Transcript } from './transcript';

/** The origin the embedded reference's handlers answer on; never resolved, never dialled. */
export const EMBEDDED_BASE_URL = 'http://glacier.embedded.invalid';

export interface OpenTargetOptions {
  /** msw handlers of the embedded reference; required when the config has no URL. */
  readonly embeddedHandlers?: readonly RequestHandler[];
  /** Replaces the standard AWS chain (tests pass fixed fake credentials). */
  readonly credentials?: CredentialProvider;
  readonly clock?: Clock;
  readonly random?: () => number;
  readonly sleep?: Sleep;
  readonly transcript?: Transcript;
  /** Counts what the run creates and enforces its caps, for every request of the client. */
  readonly footprint?: Footprint;
  /** Records what the run creates and replays what an earlier invocation created (run --state). */
  readonly ledger?: ExchangeLedger;
}

export interface OpenedTarget {
  readonly client: GlacierClient;
  readonly transcript: Transcript;
  close(): Promise<void>;
}

function targetFor(config: TargetConfig, options: OpenTargetOptions): Target {
  const limits = {
    connectTimeoutMs: config.connectTimeoutMs,
    firstByteTimeoutMs: config.firstByteTimeoutMs,
    idleBodyTimeoutMs: config.idleBodyTimeoutMs,
  };
  if (config.url !== undefined) return createHttpTarget(config.url, limits);
  if (!options.embeddedHandlers) throw new Error('openTarget: the embedded reference needs its msw handlers');
  return createEmbeddedTarget(options.embeddedHandlers, EMBEDDED_BASE_URL, limits, config.description);
}

/**
 * The I/O shell around the client: checks credentials first (a missing chain is a
 * UsageError before any request), then wires target, signer, budget, rate limit and
 * transcript from one validated {@link TargetConfig}.
 */
export async function openTarget(config: TargetConfig, options: OpenTargetOptions = {}): Promise<OpenedTarget> {
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? realSleep;
  let signer;
  if (config.signing === 'sigv4') {
    const provider = options.credentials ?? defaultCredentialProvider(config.awsProfile);
    await requireCredentials(provider, config.description);
    signer = createSigV4Signer(config.region, provider);
  }
  const target = targetFor(config, options);
  const transcript = options.transcript ?? createTranscript();
  const rate = config.rate;
  const client = createGlacierClient(
    {
      target,
      signer,
      limits: config,
      budget: createRunBudget(clock, config.timeBudgetMs),
      rateLimiter: rate === undefined ? unlimitedRate : createRateLimiter({ ratePerSecond: rate, burst: Math.max(1, rate) }, clock, sleep),
      retry: config.retry,
      clock,
      random: options.random ?? Math.random,
      sleep,
      onExchange: (exchange) => transcript.record(exchange),
      ...(options.footprint ? { footprint: options.footprint } : {}),
      ...(options.ledger ? { ledger: options.ledger } : {}),
    },
    config.accountId,
  );
  return { client, transcript, close: () => target.close() };
}
