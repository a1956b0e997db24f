import type { Exchange } from '../core/exchange';
import type { PreparedRequest } from './exchange-runner';
import type { Failure } from '../core/exchange-failure';

/**
 * What a run may leave on, and bill to, the account it tests (issue 12): caps on the
 * requests that create something. `undefined` is no cap (the embedded reference, which
 * lives in memory and bills nothing, unless a flag sets one).
 */
export interface FootprintCaps {
  /** Vaults created (CreateVault requests not refused). */
  readonly vaults?: number;
  /** Archives uploaded (UploadArchive, or CompleteMultipartUpload for an archive uploaded in parts; requests not refused). */
  readonly uploads?: number;
  /** Jobs initiated (InitiateJob requests not refused), archive and inventory retrievals together. */
  readonly jobs?: number;
  /** GetJobOutput body bytes; no GetJobOutput is sent once this many were retrieved. */
  readonly retrievedBytes?: number;
}

/** The footprint as report.json shows it: plain data. */
export interface FootprintSummary {
  readonly caps: { readonly vaults: number | null; readonly uploads: number | null; readonly jobs: number | null; readonly retrievedBytes: number | null };
  /** Requests sent, by operation (a throttled request retried counts once; its retries are in `retries`). */
  readonly requests: Readonly<Record<string, number>>;
  readonly retries: number;
  readonly vaults: {
    readonly created: readonly string[];
    readonly deleted: readonly string[];
    /** Created (or maybe created: the request got no answer) and not deleted, with why. */
    readonly leftBehind: readonly { readonly name: string; readonly reason: string }[];
  };
  readonly uploads: { readonly count: number; readonly bytes: number };
  readonly jobs: { readonly total: number; readonly byType: Readonly<Record<string, number>>; readonly byTier: Readonly<Record<string, number>> };
  readonly bytesRetrieved: number;
  /** The cap that stopped a request first, if any did: generation stopped there. */
  readonly capReached?: string;
}

/**
 * Counts every operation at the one place requests are sent (exchange-runner), and
 * refuses, before the first byte goes out, any request that would take the run past a
 * cap. A request takes its slot under the cap when it is sent and keeps it unless the
 * target refuses it (4xx: nothing was created): a CreateVault that timed out, or got a
 * 5xx, may still have created its vault.
 */
export interface Footprint {
  /** A failure when sending `prepared` would exceed a cap (nothing is counted then); undefined to go ahead. */
  admit(prepared: PreparedRequest): Failure | undefined;
  record(exchange: Exchange): void;
  summary(): FootprintSummary;
}

const CAP_FLAGS = { vaults: '--max-vaults', uploads: '--max-uploads', jobs: '--max-jobs', retrievedBytes: '--max-retrieved-mib' } as const;
// A multipart upload creates its archive at CompleteMultipartUpload (§2.5): that is the upload the cap counts.
const CAPPED_OPERATION: Readonly<Record<string, keyof typeof CAP_FLAGS>> = { CreateVault: 'vaults', UploadArchive: 'uploads', CompleteMultipartUpload: 'uploads', InitiateJob: 'jobs', GetJobOutput: 'retrievedBytes' };

/** `/{account}/vaults/{name}…` → name, decoded. */
function vaultOf(url: string): string {
  const segments = new URL(url).pathname.split('/');
  return decodeURIComponent(segments[3] ?? '');
}

const NOT_DELETED = 'no DeleteVault was sent for it (the run ended first)';

export function createFootprint(caps: FootprintCaps = {}): Footprint {
  const requests: Record<string, number> = {};
  const used = { vaults: 0, uploads: 0, jobs: 0 };
  const byType: Record<string, number> = {};
  const byTier: Record<string, number> = {};
  const created = new Map<string, string>(); // name → why it may be left behind
  const deleted: string[] = [];
  const totals = { retries: 0, uploadBytes: 0, uploadCount: 0, bytesRetrieved: 0 };
  // CreateVault of a vault this run already created (a family preparing again, a resumed run) creates nothing: no slot.
  const repeats = new Set<string>();
  let capReached: string | undefined;
  const refuse = (cap: keyof typeof CAP_FLAGS, operation: string): Failure => {
    const limit = caps[cap]!;
    const shown = cap === 'retrievedBytes' ? `${(limit / 2 ** 20).toFixed(1)} MiB retrieved` : `${limit} ${operation} requests the target did not refuse`;
    const message = `footprint cap reached: ${shown} (${CAP_FLAGS[cap]}); ${operation} not sent`;
    capReached ??= message;
    return { kind: 'footprint-cap', message };
  };
  return {
    admit(prepared) {
      const cap = CAPPED_OPERATION[prepared.operation];
      if (cap === undefined || caps[cap] === undefined) return undefined;
      if (cap === 'retrievedBytes') return totals.bytesRetrieved >= caps.retrievedBytes! ? refuse(cap, prepared.operation) : undefined;
      if (cap === 'vaults' && created.has(vaultOf(prepared.request.url))) {
        repeats.add(vaultOf(prepared.request.url));
        return undefined;
      }
      if (used[cap] >= caps[cap]!) return refuse(cap, prepared.operation);
      used[cap] += 1;
      return undefined;
    },
    record(exchange) {
      const failure = exchange.outcome.ok ? undefined : exchange.outcome.failure;
      if (failure?.kind === 'footprint-cap') return; // never sent
      const operation = exchange.operation;
      requests[operation] = (requests[operation] ?? 0) + 1;
      totals.retries += exchange.retries;
      const status = exchange.response?.status;
      const success = status !== undefined && status < 300;
      // A request the target refused (4xx) created nothing: its slot under the cap is free again.
      const cap = CAPPED_OPERATION[operation];
      const repeat = operation === 'CreateVault' && repeats.delete(vaultOf(exchange.request.url));
      if (cap !== undefined && cap !== 'retrievedBytes' && caps[cap] !== undefined && status !== undefined && status >= 400 && status < 500 && !repeat) used[cap] -= 1;
      if (operation === 'CreateVault' && (success || status === undefined)) {
        created.set(vaultOf(exchange.request.url), success ? NOT_DELETED : 'CreateVault got no answer: the vault may exist');
      } else if (operation === 'DeleteVault') {
        const name = vaultOf(exchange.request.url);
        if (!created.has(name)) return;
        if (success) {
          created.delete(name);
          deleted.push(name);
        } else {
          created.set(name, `DeleteVault answered ${failure?.awsError?.code ?? failure?.kind ?? status}${status === 400 ? ': Glacier keeps a vault that held archives until its next inventory (§2.5), about a day; delete it then' : ''}`);
        }
      } else if (operation === 'UploadArchive' && success) {
        totals.uploadCount += 1;
        totals.uploadBytes += exchange.request.body.kind === 'none' ? 0 : exchange.request.body.bytes;
      } else if (operation === 'CompleteMultipartUpload' && success) {
        totals.uploadCount += 1;
        totals.uploadBytes += Number(exchange.request.headers['x-amz-archive-size'] ?? 0) || 0;
      } else if (operation === 'InitiateJob' && success) {
        const body = exchange.request.body.kind === 'json' ? (exchange.request.body.json as Record<string, unknown> | null) : null;
        const type = typeof body?.['Type'] === 'string' ? body['Type'] : 'unknown';
        const tier = typeof body?.['Tier'] === 'string' ? body['Tier'] : 'none';
        byType[type] = (byType[type] ?? 0) + 1;
        if (type === 'archive-retrieval') byTier[tier] = (byTier[tier] ?? 0) + 1;
      } else if (operation === 'GetJobOutput' && success) {
        totals.bytesRetrieved += exchange.response?.bytes ?? 0;
      }
    },
    summary: () => ({
      caps: { vaults: caps.vaults ?? null, uploads: caps.uploads ?? null, jobs: caps.jobs ?? null, retrievedBytes: caps.retrievedBytes ?? null },
      requests: { ...requests },
      retries: totals.retries,
      vaults: {
        created: [...deleted, ...created.keys()].sort(),
        deleted: [...deleted],
        leftBehind: [...created].map(([name, reason]) => ({ name, reason })),
      },
      uploads: { count: totals.uploadCount, bytes: totals.uploadBytes },
      jobs: { total: Object.values(byType).reduce((sum, count) => sum + count, 0), byType: { ...byType }, byTier: { ...byTier } },
      bytesRetrieved: totals.bytesRetrieved,
      ...(capReached ? { capReached } : {}),
    }),
  };
}
