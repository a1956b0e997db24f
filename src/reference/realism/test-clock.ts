import type { Clock } from '../../core/clock';
import { jsonResponse, type ReferenceResponse } from '../reference-http';

/**
 * The test clock of `serve --test-clock`: the wall clock plus an offset that only the admin
 * routes below move. They live under a prefix no Glacier path can have (every Glacier path
 * starts with an account id), and exist only when the flag is given, so a real client never
 * reaches them by accident.
 */
export const TEST_CLOCK_PREFIX = '/__glacier-conformance/test-clock';

export interface AdjustableClock extends Clock {
  advance(ms: number): void;
  readonly offsetMs: number;
}

export function adjustableClock(base: Clock): AdjustableClock {
  let offset = 0;
  return {
    now: () => base.now() + offset,
    advance: (ms) => {
      offset += ms;
    },
    get offsetMs() {
      return offset;
    },
  };
}

const state = (clock: AdjustableClock) => ({ now: new Date(clock.now()).toISOString(), offsetMs: clock.offsetMs });
const refusal = (status: number, message: string) => jsonResponse(status, { code: 'InvalidParameterValueException', message, type: 'Client' });

/**
 * `GET {prefix}` reports the clock; `POST {prefix}/advance?ms=N` moves it N ms forward (never
 * back: a reference's jobs and snapshots assume time only grows). Undefined for any other path.
 */
export function testClockResponse(method: string, path: string, clock: AdjustableClock): ReferenceResponse | undefined {
  if (path !== TEST_CLOCK_PREFIX && !path.startsWith(`${TEST_CLOCK_PREFIX}/`) && !path.startsWith(`${TEST_CLOCK_PREFIX}?`)) return undefined;
  const url = new URL(path, 'http://test-clock');
  if (method === 'GET' && url.pathname === TEST_CLOCK_PREFIX) return jsonResponse(200, state(clock));
  if (method !== 'POST' || url.pathname !== `${TEST_CLOCK_PREFIX}/advance`) return refusal(404, `No test clock route for ${method} ${url.pathname}`);
  const ms = url.searchParams.get('ms') ?? '';
  if (!/^\d{1,15}$/.test(ms)) return refusal(400, `ms must be a whole number of milliseconds, got '${ms}'`);
  clock.advance(Number(ms));
  return jsonResponse(200, state(clock));
}
