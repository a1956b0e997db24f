/**
 * The target transport (issue 5): the one way the engine talks to whatever it tests.
 * Start from `resolveTargetConfig(flags, env)` → `openTarget(config, { embeddedHandlers })`,
 * then call the client's operations; every call resolves to a plain-data Exchange.
 */

/* Configuration and wiring */
export { resolveTargetConfig, TARGET_DEFAULTS } from './target-config';
export type { TargetConfig, TargetFlags } from './target-config';
export { openTarget, EMBEDDED_BASE_URL } from './open-target';
export type { OpenTargetOptions, OpenedTarget } from './open-target';

/* The Glacier client */
export { createGlacierClient } from './glacier-client';
export type {
  ArchiveRef,
  ArchiveUploaded,
  GetJobOutputInput,
  GlacierClient,
  InitiateJobInput,
  JobInitiated,
  JobRef,
  JsonBody,
  ListJobsInput,
  UploadArchiveInput,
  VaultCreated,
  VaultRef,
} from './glacier-client';
export { GLACIER_API_VERSION, GLACIER_VERSION_HEADER } from '../core/glacier-api';
export type { CallOptions, RequestBody, RequestSpec } from './request-builder';
export type { OutputDigest } from './output-digest';

/* Exchanges and failures (plain data) */
export type { Exchange, ExchangeRequest, ExchangeResponse, ExchangeTimings, Outcome, RequestBodyRecord } from '../core/exchange';
export { FAILURE_KINDS, isTransportFailure } from '../core/exchange-failure';
export type { AwsErrorBody, Failure, FailureKind, TimeoutPhase } from '../core/exchange-failure';
export { createTranscript } from './transcript';
export type { Transcript, TranscriptEntry, TranscriptLimits, TranscriptTotals } from './transcript';

/* Targets */
export type { RawResponse, SocketLimits, Target, TargetRequest } from './target';
export { createHttpTarget } from './http-target';
export { createEmbeddedTarget } from './embedded-target';

/* Signing, limits, retries */
export { createSigV4Signer, GLACIER_SIGNING_NAME } from './sigv4-signer';
export type { RequestSigner } from './sigv4-signer';
export { defaultCredentialProvider, requireCredentials, staticCredentials } from './credentials';
export type { AwsCredentials, CredentialProvider } from './credentials';
export { createRateLimiter, takeToken, unlimitedRate } from './rate-limiter';
export type { RateLimit, RateLimiter, TokenBucket } from './rate-limiter';
export { backoffDelayMs, decideRetry, isThrottling, parseRetryAfter, THROTTLING_CODES } from './retry-policy';
export type { RetryPolicy } from './retry-policy';
export { createRunBudget } from './run-budget';
export { createFootprint } from './footprint';
export type { Footprint, FootprintCaps, FootprintSummary } from './footprint';
export type { RunBudget } from './run-budget';
export { realSleep } from './sleep';
export type { Sleep } from './sleep';

/* Redaction (the report writer reuses it) */
export { REDACTED, SENSITIVE_HEADERS, redactHeaders, redactText, redactUrl, redactValue } from './redact';
export type { SecretValues } from './redact';
