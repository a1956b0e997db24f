import type { Exchange } from './exchange';
import type { FailureKind } from './transport-failure';

/**
 * Every exchange of a run, in order, for the report (issue 5 item 6). Entries are the
 * client's already-redacted exchanges without the parsed value (the response record
 * shows what came over the wire); totals count every exchange even when old entries
 * are dropped to keep a long run's memory bounded.
 */
export type TranscriptEntry = Omit<Exchange, 'outcome'> & {
  readonly sequence: number;
  readonly outcome: { readonly ok: true } | { readonly ok: false; readonly failure: Extract<Exchange['outcome'], { ok: false }>['failure'] };
};

export interface TranscriptTotals {
  readonly exchanges: number;
  readonly retries: number;
  readonly failures: Readonly<Partial<Record<FailureKind, number>>>;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  /** Entries dropped from the front because of `maxEntries`. */
  readonly dropped: number;
}

export interface Transcript {
  record(exchange: Exchange): void;
  entries(): readonly TranscriptEntry[];
  totals(): TranscriptTotals;
  toJSON(): { entries: readonly TranscriptEntry[]; totals: TranscriptTotals };
}

function toEntry(exchange: Exchange, sequence: number): TranscriptEntry {
  const { outcome, ...rest } = exchange;
  return { ...rest, sequence, outcome: outcome.ok ? { ok: true } : { ok: false, failure: outcome.failure } };
}

export function createTranscript(maxEntries = 100_000): Transcript {
  const entries: TranscriptEntry[] = [];
  const failures: Partial<Record<FailureKind, number>> = {};
  let totals = { exchanges: 0, retries: 0, bytesSent: 0, bytesReceived: 0, dropped: 0 };
  const transcript: Transcript = {
    record(exchange) {
      totals = {
        exchanges: totals.exchanges + 1,
        retries: totals.retries + exchange.retries,
        bytesSent: totals.bytesSent + (exchange.request.body.kind === 'none' ? 0 : exchange.request.body.bytes),
        bytesReceived: totals.bytesReceived + (exchange.response?.bytes ?? 0),
        dropped: totals.dropped + (entries.length >= maxEntries ? 1 : 0),
      };
      if (!exchange.outcome.ok) failures[exchange.outcome.failure.kind] = (failures[exchange.outcome.failure.kind] ?? 0) + 1;
      if (entries.length >= maxEntries) entries.shift();
      entries.push(toEntry(exchange, totals.exchanges));
    },
    entries: () => entries,
    totals: () => ({ ...totals, failures: { ...failures } }),
    toJSON: () => ({ entries, totals: transcript.totals() }),
  };
  return transcript;
}
