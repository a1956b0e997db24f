import { UsageError } from '../core/usage-error';
import type { RetryPolicy } from './retry-policy';

/**
 * Every default of the transport, in one place. Time limits are generous for a staging
 * endpoint; tests and CI against the reference pass smaller ones.
 */
export const TARGET_DEFAULTS = {
  /** Used when neither --region nor AWS_REGION / AWS_DEFAULT_REGION is set. */
  region: 'us-east-1',
  /** `-` = the signer's account (glacier-jobs-api.md §1). */
  accountId: '-',
  connectTimeoutMs: 10_000,
  /** Time to first byte: request sent → response head. */
  firstByteTimeoutMs: 60_000,
  /** Longest silence inside a body. */
  idleBodyTimeoutMs: 60_000,
  /** One attempt, send to last byte; covers a 4 GiB output at ~5 MB/s. */
  requestTimeoutMs: 15 * 60_000,
  /** JSON results and error bodies larger than this fail as body-too-large. */
  maxJsonBodyBytes: 8 * 1024 * 1024,
  /** Get Job Output bodies up to this size are also kept as text (inventories). */
  keepOutputTextBytes: 8 * 1024 * 1024,
  /** Bodies up to this size appear as text in exchanges and the transcript. */
  smallTextBytes: 16 * 1024,
  retry: { maxRetries: 5, baseDelayMs: 200, maxDelayMs: 20_000, maxRetryAfterMs: 60_000 } satisfies RetryPolicy,
} as const;

/** The flags as the CLI parsed them: raw strings, validated here. Times are in seconds. */
export interface TargetFlags {
  readonly target?: string;
  readonly region?: string;
  readonly accountId?: string;
  readonly unsigned?: boolean;
  /** The AWS credentials profile (`~/.aws`), not the conformance profile. */
  readonly awsProfile?: string;
  readonly rate?: string;
  readonly timeBudget?: string;
  readonly connectTimeout?: string;
  readonly firstByteTimeout?: string;
  readonly idleTimeout?: string;
  readonly requestTimeout?: string;
}

export interface TargetConfig {
  /** Absent: the embedded reference (design.md "Targets"). */
  readonly url?: string;
  readonly description: string;
  readonly region: string;
  readonly accountId: string;
  readonly signing: 'sigv4' | 'none';
  /** The AWS credentials profile the signer reads (`AWS_PROFILE`), not the conformance profile. */
  readonly awsProfile?: string;
  readonly connectTimeoutMs: number;
  readonly firstByteTimeoutMs: number;
  readonly idleBodyTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly maxJsonBodyBytes: number;
  readonly keepOutputTextBytes: number;
  readonly smallTextBytes: number;
  readonly timeBudgetMs?: number;
  /** Requests per second; absent = unbounded. */
  readonly rate?: number;
  readonly retry: RetryPolicy;
}

/** AWS region names: `us-east-1`, `us-gov-west-1`, `cn-north-1`, `eu-central-2`, … */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ACCOUNT_ID = /^(-|\d{12})$/;

function positiveSeconds(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
    throw new UsageError(`--${flag} takes a positive number of seconds, got '${value}'`);
  }
  return Math.round(Number(value) * 1000);
}

function validUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--target must be an http:// or https:// URL, got '${text}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--target must be an http:// or https:// URL, got '${url.protocol}' in '${url.origin}'`);
  }
  // Credentials belong in the AWS chain; a URL ends up in every report line.
  if (url.username || url.password) throw new UsageError('--target must not contain a user name or password');
  if (url.search || url.hash) throw new UsageError(`--target must be a base URL without query or fragment, got '${text}'`);
  return url.toString().replace(/\/+$/, '');
}

/**
 * Flags and environment → a validated configuration, or a one-line UsageError (exit 2)
 * before any request. Pure: `env` is passed in. Credentials are checked separately
 * (`requireCredentials`), because finding them is I/O.
 */
export function resolveTargetConfig(flags: TargetFlags, env: Readonly<Record<string, string | undefined>>): TargetConfig {
  const target = flags.target ?? (env.GLACIER_TARGET || undefined);
  const url = target === undefined ? undefined : validUrl(target);
  const region = flags.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || TARGET_DEFAULTS.region);
  if (!REGION.test(region)) throw new UsageError(`--region '${region}' is not an AWS region name like us-east-1`);
  const accountId = flags.accountId ?? TARGET_DEFAULTS.accountId;
  if (!ACCOUNT_ID.test(accountId)) throw new UsageError(`--account-id must be '-' or 12 digits, got '${accountId}'`);
  const rate = flags.rate === undefined ? undefined : Number(flags.rate);
  if (rate !== undefined && (!/^\d+(\.\d+)?$/.test(flags.rate!) || !(rate > 0))) {
    throw new UsageError(`--rate takes a positive number of requests per second, got '${flags.rate}'`);
  }
  const timeBudgetMs = positiveSeconds('time-budget', flags.timeBudget);
  const awsProfile = flags.awsProfile ?? (env.AWS_PROFILE || undefined);
  return {
    ...(url === undefined ? {} : { url }),
    description: url ?? 'embedded reference',
    region,
    accountId,
    // The embedded reference has no socket to sign for.
    signing: url === undefined || flags.unsigned ? 'none' : 'sigv4',
    ...(awsProfile === undefined ? {} : { awsProfile }),
    connectTimeoutMs: positiveSeconds('connect-timeout', flags.connectTimeout) ?? TARGET_DEFAULTS.connectTimeoutMs,
    firstByteTimeoutMs: positiveSeconds('first-byte-timeout', flags.firstByteTimeout) ?? TARGET_DEFAULTS.firstByteTimeoutMs,
    idleBodyTimeoutMs: positiveSeconds('idle-timeout', flags.idleTimeout) ?? TARGET_DEFAULTS.idleBodyTimeoutMs,
    requestTimeoutMs: positiveSeconds('request-timeout', flags.requestTimeout) ?? TARGET_DEFAULTS.requestTimeoutMs,
    maxJsonBodyBytes: TARGET_DEFAULTS.maxJsonBodyBytes,
    keepOutputTextBytes: TARGET_DEFAULTS.keepOutputTextBytes,
    smallTextBytes: TARGET_DEFAULTS.smallTextBytes,
    ...(timeBudgetMs === undefined ? {} : { timeBudgetMs }),
    ...(rate === undefined ? {} : { rate }),
    retry: TARGET_DEFAULTS.retry,
  };
}
