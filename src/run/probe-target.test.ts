import { describe, expect, it } from 'vitest';
import type { Exchange } from '../core/exchange';
import { judgeProbe } from './probe-target';

const exchange = (outcome: Exchange['outcome'], response?: Partial<NonNullable<Exchange['response']>>) =>
  ({ outcome, ...(response ? { response: { status: 200, headers: {}, bytes: 0, ...response } } : {}) }) as Exchange;

describe('judgeProbe', () => {
  it('accepts a Glacier error body and a JobList (a stateless mock)', () => {
    expect(judgeProbe(exchange({ ok: false, failure: { kind: 'aws-error', message: '404 ResourceNotFoundException', status: 404, awsError: { code: 'ResourceNotFoundException' } } }, { status: 404 }))).toEqual({ ok: true });
    expect(judgeProbe(exchange({ ok: true, value: {} }, { json: { JobList: [], Marker: null } }))).toEqual({ ok: true });
  });

  it('calls an HTML page or a 501 not a Glacier endpoint, naming what answered', () => {
    const verdict = judgeProbe(exchange({ ok: false, failure: { kind: 'http-error', message: '501', status: 501 } }, { status: 501, headers: { 'content-type': 'text/html' }, text: '<html>' }));
    expect(verdict).toEqual({ ok: false, kind: 'not-glacier', message: 'List Jobs answered 501 (text/html) without a Glacier body' });
    expect(judgeProbe(exchange({ ok: true, value: {} }, { json: { hello: 'world' } }))).toMatchObject({ ok: false, kind: 'not-glacier' });
  });

  it('calls a refused connection unreachable, with the failure kind', () => {
    expect(judgeProbe(exchange({ ok: false, failure: { kind: 'connection-refused', message: 'ECONNREFUSED' } }))).toEqual({ ok: false, kind: 'unreachable', message: 'connection-refused: ECONNREFUSED' });
  });
});
