import { describe, expect, it } from 'vitest';
import type { Exchange } from '../core/exchange';
import { recordExchange } from './exchange-record';
import { createTranscript } from './transcript';

function exchange(json: unknown, bytes: number, failed = false): Exchange {
  const exchange: Omit<Exchange, 'record'> = {
    operation: 'ListJobs',
    target: 'embedded reference',
    request: { method: 'GET', url: 'http://t/-/vaults/v/jobs', headers: {}, body: { kind: 'none' } },
    response: { status: failed ? 404 : 200, headers: {}, bytes, json },
    timings: { startMs: 0, totalMs: 1 },
    retries: failed ? 0 : 1,
    retryDelaysMs: failed ? [] : [5],
    outcome: failed ? { ok: false, failure: { kind: 'aws-error', message: 'HTTP 404' } } : { ok: true, value: json },
  };
  return { ...exchange, record: recordExchange(exchange, new Set()) };
}

describe('createTranscript', () => {
  it('records entries without their parsed value and totals every exchange', () => {
    const transcript = createTranscript();
    transcript.record(exchange({ JobList: [] }, 14));
    transcript.record(exchange({ code: 'ResourceNotFoundException' }, 40, true));
    expect(transcript.entries().map((entry) => [entry.sequence, entry.outcome])).toEqual([
      [1, { ok: true }],
      [2, { ok: false, failure: { kind: 'aws-error', message: 'HTTP 404' } }],
    ]);
    expect(transcript.totals()).toEqual({ exchanges: 2, retries: 1, bytesSent: 0, bytesReceived: 54, dropped: 0, failures: { 'aws-error': 1 } });
  });

  it('drops the oldest entries beyond the entry limit', () => {
    const transcript = createTranscript({ maxEntries: 2 });
    for (let i = 0; i < 5; i += 1) transcript.record(exchange({ i }, 7));
    expect(transcript.entries().map((entry) => entry.sequence)).toEqual([4, 5]);
    expect(transcript.totals()).toMatchObject({ exchanges: 5, dropped: 3 });
  });

  it('keeps the estimated size of the recorded (capped) bodies within the byte limit, but always the newest', () => {
    // An entry costs 1 KiB plus its body up to the 4 KiB recorded: 5 KiB for any large body.
    const transcript = createTranscript({ maxBytes: 12 * 1024 });
    for (let i = 0; i < 10; i += 1) transcript.record(exchange({ i }, 1024 * 1024));
    expect(transcript.entries().map((entry) => entry.sequence)).toEqual([9, 10]);
    transcript.record(exchange({ huge: true }, 50 * 1024 * 1024));
    expect(transcript.entries().map((entry) => entry.sequence)).toEqual([10, 11]);
    const tiny = createTranscript({ maxBytes: 100 });
    tiny.record(exchange({ a: 1 }, 10));
    tiny.record(exchange({ b: 2 }, 10));
    expect(tiny.entries().map((entry) => entry.sequence)).toEqual([2]);
  });
});
