import type { Exchange } from '../core/exchange';
import type { PreparedRequest } from './exchange-runner';

/** A recorded answer the ledger gives instead of sending: status and headers (creating requests answer with an empty body). */
export interface ReplayedAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** When the target gave it (epoch ms): the replayed exchange's start, so that what was created keeps its time (an upload before an InventoryDate, §9.2). */
  readonly at?: number;
}

/**
 * Where a resumable run records what it creates (issue 13), at the one place requests are sent:
 * `intent` before a request goes out, `answer` once it has its outcome (so a run killed between
 * the two knows a request whose answer it lost), and `replay` to answer a creating request from
 * an earlier invocation's record instead of creating the same archive or job again.
 */
export interface ExchangeLedger {
  /** The recorded answer to an identical earlier request of this run that still serves; undefined to send it. */
  replay(prepared: PreparedRequest): ReplayedAnswer | undefined;
  /** Called before the request is sent; the token goes back to `answer`. */
  intent(prepared: PreparedRequest): unknown;
  answer(token: unknown, exchange: Exchange): void;
}
