import type { AwsErrorBody, Failure } from '../core/exchange-failure';

function stringField(value: unknown, ...names: string[]): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const name of names) {
    const field = (value as Record<string, unknown>)[name];
    if (typeof field === 'string') return field;
  }
  return undefined;
}

/**
 * The Glacier error in a non-2xx answer, read the way botocore does (§4): the code from
 * `x-amzn-errortype` when present (text before any `:`), else the body's `code`/`Code`
 * (or `__type`, trimmed after `#`); the message from `message`/`Message`.
 */
export function awsErrorOf(headers: Readonly<Record<string, string>>, json: unknown): AwsErrorBody | undefined {
  const fromHeader = headers['x-amzn-errortype']?.split(':')[0]?.trim();
  const fromBody = stringField(json, 'code', 'Code') ?? stringField(json, '__type')?.split('#').pop();
  const code = fromHeader || fromBody;
  if (!code) return undefined;
  const message = stringField(json, 'message', 'Message');
  const type = stringField(json, 'type', 'Type');
  return { code, ...(message === undefined ? {} : { message }), ...(type === undefined ? {} : { type }) };
}

/** A 3xx is never followed: a conforming Glacier endpoint does not redirect. */
export function redirectFailure(status: number, location: string | undefined): Failure {
  return { kind: 'redirect', status, message: `HTTP ${status} redirect to ${location ?? '(no Location)'} not followed` };
}

/** A non-2xx answer that is not being retried, as a failure naming what the target said. */
export function statusFailure(status: number, awsError: AwsErrorBody | undefined): Failure {
  if (!awsError) return { kind: 'http-error', status, message: `HTTP ${status} without a Glacier error body` };
  const said = awsError.message === undefined ? '' : `: ${awsError.message.split('\n')[0]}`;
  return { kind: 'aws-error', status, awsError, message: `HTTP ${status} ${awsError.code}${said}` };
}

export function throttledFailure(status: number, awsError: AwsErrorBody | undefined, retries: number, why: string): Failure {
  const code = awsError?.code ?? `HTTP ${status}`;
  return {
    kind: 'throttled',
    status,
    ...(awsError ? { awsError } : {}),
    message: `still throttled (${code}) after ${retries} retries: ${why}`,
  };
}
