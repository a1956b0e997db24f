import type { Clock } from '../core/clock';
import { armDeadline } from './attempt-deadline';
import { runAttempt, type AttemptResult, type BodyLimits, type BodyMode } from './attempt';
import type { Exchange, Outcome, RequestBodyRecord } from '../core/exchange';
import { recordExchange } from './exchange-record';
import type { ExchangeLedger } from './exchange-ledger';
import type { Footprint } from './footprint';
import { awsErrorOf, statusFailure, throttledFailure } from './interpret-response';
import type { RateLimiter } from './rate-limiter';
import { recordRequest, recordResponse, redactFailure } from './record-exchange';
import { decideRetry, type RetryPolicy } from './retry-policy';
import type { RunBudget } from './run-budget';
import type { RequestSigner } from './sigv4-signer';
import type { Sleep } from './sleep';
import type { Target, TargetRequest } from './target';
import type { Failure } from '../core/exchange-failure';

export interface RequestLimits extends BodyLimits {
  /** Whole-request limit (send to last body byte) of one attempt. */
  readonly requestTimeoutMs: number;
  /** Bodies up to this size are kept as text in the exchange. */
  readonly smallTextBytes: number;
}

/** Everything an exchange needs besides the request; built once per client. */
export interface TransportContext {
  readonly target: Target;
  readonly signer: RequestSigner | undefined;
  readonly limits: RequestLimits;
  readonly budget: RunBudget;
  readonly rateLimiter: RateLimiter;
  readonly retry: RetryPolicy;
  readonly clock: Clock;
  readonly random: () => number;
  readonly sleep: Sleep;
  /** Called with every finished exchange (the transcript). */
  readonly onExchange: ((exchange: Exchange) => void) | undefined;
  /** Counts what the run creates and refuses requests past its caps; absent = neither. */
  readonly footprint?: Footprint;
  /** Records what the run creates, and answers from that record what an earlier invocation created (run --state); absent = neither. */
  readonly ledger?: ExchangeLedger;
}

export interface PreparedRequest {
  readonly operation: string;
  readonly request: TargetRequest;
  readonly body: RequestBodyRecord;
  readonly mode: BodyMode;
}

const NO_SECRETS: ReadonlySet<string> = new Set();

interface Sent {
  readonly sent: TargetRequest;
  readonly result: AttemptResult;
}

/** One attempt inside its limits: rate-limit wait, budget check, signing, then the request. */
async function attemptWithin(ctx: TransportContext, prepared: PreparedRequest, signal?: AbortSignal): Promise<Sent> {
  const unsent = (failure: Failure): Sent => ({ sent: prepared.request, result: { bytes: 0, failure } });
  try {
    await ctx.rateLimiter.acquire(signal);
  } catch {
    return unsent({ kind: 'aborted', message: 'aborted while waiting for the rate limit' });
  }
  const remaining = ctx.budget.remainingMs();
  if (remaining <= 0) return unsent({ kind: 'budget-exhausted', message: 'run budget spent; request not sent' });
  let sent = prepared.request;
  try {
    if (ctx.signer) sent = await ctx.signer.sign(prepared.request, ctx.clock.now());
  } catch (error) {
    return unsent({ kind: 'signing-error', message: `cannot sign: ${String((error as Error)?.message ?? error).split('\n')[0]}` });
  }
  const deadline = armDeadline(ctx.limits.requestTimeoutMs, remaining, signal);
  try {
    const result = await runAttempt(ctx.target, sent, prepared.mode, ctx.limits, deadline.signal, ctx.clock);
    const stopped = deadline.reason();
    const failure = stopped && result.failure ? { ...stopped, ...(result.status ? { status: result.status } : {}) } : result.failure;
    return { sent, result: { ...result, failure } };
  } finally {
    deadline.dispose();
  }
}

/**
 * Runs one operation to its end: attempts, throttling retries with backoff, and the
 * final plain-data {@link Exchange}. Never rejects for anything the target does.
 */
export async function runExchange<T>(
  ctx: TransportContext,
  prepared: PreparedRequest,
  decode: (result: AttemptResult) => T,
  signal?: AbortSignal,
): Promise<Exchange<T>> {
  const ledger = ctx.ledger;
  if (!ledger) return sendExchange(ctx, prepared, decode, signal);
  // An archive or job an earlier invocation of this run created, still there: its recorded answer, nothing sent or counted.
  const replayed = ledger.replay(prepared);
  if (replayed) {
    const result: AttemptResult = { status: replayed.status, headers: replayed.headers, bytes: 0 };
    // It starts when the target gave the answer and took no time now (the clock stands at that start).
    const at = replayed.at ?? ctx.clock.now();
    return finish({ ...ctx, footprint: undefined, clock: { now: () => at } }, prepared, prepared.request, result, { ok: true, value: decode(result) }, at, []);
  }
  const token = ledger.intent(prepared);
  const exchange = await sendExchange(ctx, prepared, decode, signal);
  ledger.answer(token, exchange);
  return exchange;
}

async function sendExchange<T>(
  ctx: TransportContext,
  prepared: PreparedRequest,
  decode: (result: AttemptResult) => T,
  signal?: AbortSignal,
): Promise<Exchange<T>> {
  const startMs = ctx.clock.now();
  const delays: number[] = [];
  // The one place every request passes: a cap refuses it here, before the first byte is sent.
  const refused = ctx.footprint?.admit(prepared);
  if (refused) return finish(ctx, prepared, prepared.request, { bytes: 0, failure: refused }, { ok: false, failure: refused }, startMs, delays);
  for (;;) {
    const { sent, result } = await attemptWithin(ctx, prepared, signal);
    const end = (outcome: Outcome<T>) => finish(ctx, prepared, sent, result, outcome, startMs, delays);
    if (result.failure) return end({ ok: false, failure: result.failure });
    const status = result.status!;
    if (status < 300) return end({ ok: true, value: decode(result) });
    const awsError = awsErrorOf(result.headers!, result.json);
    const throttle = { status, awsCode: awsError?.code, retryAfter: result.headers!['retry-after'] };
    const decision = decideRetry(throttle, delays.length, ctx.retry, ctx.clock.now(), ctx.random);
    if (!decision.retry && decision.reason === 'not-throttled') return end({ ok: false, failure: statusFailure(status, awsError) });
    if (!decision.retry) return end({ ok: false, failure: throttledFailure(status, awsError, delays.length, 'retry bound reached') });
    if (decision.delayMs >= ctx.budget.remainingMs()) {
      return end({ ok: false, failure: throttledFailure(status, awsError, delays.length, 'the run budget ends before the next retry') });
    }
    delays.push(decision.delayMs);
    try {
      await ctx.sleep(decision.delayMs, signal);
    } catch {
      return end({ ok: false, failure: { kind: 'aborted', message: 'aborted during retry backoff' } });
    }
  }
}

function finish<T>(
  ctx: TransportContext,
  prepared: PreparedRequest,
  sent: TargetRequest,
  result: AttemptResult,
  outcome: Outcome<T>,
  startMs: number,
  delays: readonly number[],
): Exchange<T> {
  const secrets = ctx.signer?.secrets ?? NO_SECRETS;
  const response = recordResponse(result, ctx.limits.smallTextBytes, secrets);
  const exchange: Omit<Exchange<T>, 'record'> = {
    operation: prepared.operation,
    target: ctx.target.description,
    request: recordRequest(sent, prepared.body, secrets),
    ...(response ? { response } : {}),
    timings: {
      startMs,
      ...(result.firstByteMs === undefined ? {} : { firstByteMs: result.firstByteMs }),
      totalMs: ctx.clock.now() - startMs,
    },
    retries: delays.length,
    retryDelaysMs: delays,
    outcome: outcome.ok ? outcome : { ok: false, failure: redactFailure(outcome.failure, secrets) },
  };
  const recorded: Exchange<T> = { ...exchange, record: recordExchange(exchange, secrets) };
  ctx.footprint?.record(recorded);
  ctx.onExchange?.(recorded);
  return recorded;
}
