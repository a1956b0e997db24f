import type { Diagnostic } from '../core/diagnostic';
import type { ExchangeResponse } from '../core/exchange';
import { errorBody } from './error-body';

/**
 * Small builders for `Received: … / Expected: …` diagnostics, so every check
 * words a mismatch the same way and returns [] when the value is right.
 */
export function expectEqual(path: string, received: unknown, expected: unknown, what?: string): Diagnostic[] {
  if (Object.is(received, expected)) return [];
  return [{ path, message: `${what ? `${what}\n` : ''}Received: ${show(received)}\nExpected: ${show(expected)}` }];
}

/** `received` may be a description: a string is printed as it is, anything else through {@link show}. */
export function expectThat(path: string, ok: boolean, received: unknown, expected: string): Diagnostic[] {
  const text = typeof received === 'string' ? received : show(received);
  return ok ? [] : [{ path, message: `Received: ${text}\nExpected: ${expected}` }];
}

/** The response is the AWS error `code` with `status` (glacier-jobs-api.md §4). */
export function expectError(response: ExchangeResponse, status: number, code: string): Diagnostic[] {
  const body = errorBody(response);
  return [
    ...expectEqual('status', response.status, status),
    ...expectEqual('body/code', body?.code, code),
  ];
}

export function show(value: unknown): string {
  if (value === undefined) return '(absent)';
  // A target's string can be a megabyte (a hostile JobDescription): show its start and its length.
  if (typeof value === 'string') return value.length > 300 ? `${JSON.stringify(value.slice(0, 300))}… (${value.length} characters)` : JSON.stringify(value);
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
