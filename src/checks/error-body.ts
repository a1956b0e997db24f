import type { ExchangeResponse } from '../core/exchange';
import { isJsonObject } from '../core/json';

/** The fields of an AWS error body (`{code, message, type}`, §4), when the response has one. */
export function errorBody(response: ExchangeResponse): { code?: unknown; message?: unknown; type?: unknown } | undefined {
  const body = response.json;
  return isJsonObject(body) ? body : undefined;
}
