import type { Exchange, ExchangeRecord } from '../core/exchange';
import { RECORDED_BODY_CHARS } from './exchange-record';
import type { FailureKind } from '../core/exchange-failure';

/**
 * Every exchange of a run, in order, for the report (issue 5 item 6). Entries are the
 * client's already-redacted exchanges without the parsed value (the response record
 * shows what came over the wire). A long run keeps the newest entries within an entry
 * count and an estimated byte size, dropping the oldest; totals count every exchange.
 */
export type TranscriptEntry = ExchangeRecord & { readonly sequence: number };

export interface TranscriptTotals {
  readonly exchanges: number;
  readonly retries: number;
  readonly failures: Readonly<Partial<Record<FailureKind, number>>>;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  /** Entries dropped from the front to stay within the limits. */
  readonly dropped: number;
}

export interface Transcript {
  record(exchange: Exchange): void;
  entries(): readonly TranscriptEntry[];
  totals(): TranscriptTotals;
  toJSON(): { entries: readonly TranscriptEntry[]; totals: TranscriptTotals };
}

export interface TranscriptLimits {
  readonly maxEntries: number;
  /** Estimated size of the kept entries: JSON and text bodies plus a fixed cost per entry. */
  readonly maxBytes: number;
}

const DEFAULT_LIMITS: TranscriptLimits = { maxEntries: 10_000, maxBytes: 64 * 1024 * 1024 };
const ENTRY_OVERHEAD_BYTES = 1024;

/** What an entry holds in memory, roughly: recorded bodies are capped, binary ones never kept. */
function estimateBytes(record: ExchangeRecord): number {
  const request = record.request.body.kind === 'json' ? Math.min(record.request.body.bytes, RECORDED_BODY_CHARS) : 0;
  const response = record.response;
  const kept = response && (response.json !== undefined || response.text !== undefined) ? Math.min(response.bytes, RECORDED_BODY_CHARS) : 0;
  return ENTRY_OVERHEAD_BYTES + request + kept;
}

export function createTranscript(limits: Partial<TranscriptLimits> = {}): Transcript {
  const { maxEntries, maxBytes } = { ...DEFAULT_LIMITS, ...limits };
  const entries: TranscriptEntry[] = [];
  const sizes: number[] = [];
  const failures: Partial<Record<FailureKind, number>> = {};
  const totals = { exchanges: 0, retries: 0, bytesSent: 0, bytesReceived: 0, dropped: 0 };
  let keptBytes = 0;
  const transcript: Transcript = {
    record(exchange) {
      totals.exchanges += 1;
      totals.retries += exchange.retries;
      totals.bytesSent += exchange.request.body.kind === 'none' ? 0 : exchange.request.body.bytes;
      totals.bytesReceived += exchange.response?.bytes ?? 0;
      if (!exchange.outcome.ok) failures[exchange.outcome.failure.kind] = (failures[exchange.outcome.failure.kind] ?? 0) + 1;
      entries.push({ ...exchange.record, sequence: totals.exchanges });
      sizes.push(estimateBytes(exchange.record));
      keptBytes += sizes[sizes.length - 1]!;
      // Keep at least the newest entry, however large: it is the one a failure report needs.
      while (entries.length > 1 && (entries.length > maxEntries || keptBytes > maxBytes)) {
        entries.shift();
        keptBytes -= sizes.shift()!;
        totals.dropped += 1;
      }
    },
    entries: () => entries,
    totals: () => ({ ...totals, failures: { ...failures } }),
    toJSON: () => ({ entries, totals: transcript.totals() }),
  };
  return transcript;
}
