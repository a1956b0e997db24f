import type { Exchange } from '../core/exchange';
import type { ExchangeLedger, ReplayedAnswer } from '../transport/exchange-ledger';
import type { PreparedRequest } from '../transport/exchange-runner';
import {
  canonicalJson,
  servingArchive,
  servingJob,
  withArchive,
  withJob,
  withVault,
  type RecordedAnswer,
  type RunState,
  type StateArchive,
  type StateJob,
  type UploadKey,
} from './run-state';

/** The ledger of a resumable run: the run state, changed by every creating exchange, saved after every change. */
export interface StateLedger extends ExchangeLedger {
  current(): RunState;
  /** Applies a change made outside an exchange (reconciliation) and saves it. */
  update(change: (state: RunState) => RunState): void;
  /** How many recorded archives and jobs this invocation answered from the state instead of creating them again. */
  replayed(): { readonly uploads: number; readonly jobs: number };
}

/** `/{account}/vaults/{name}/…` → [name, …rest], decoded. */
function pathOf(url: string): string[] {
  return new URL(url).pathname.split('/').slice(3).map((segment) => decodeURIComponent(segment));
}

/** Failures of a request that never left (a cap, the budget, signing, the rate-limit wait): it created nothing. */
function neverSent(exchange: Exchange): boolean {
  if (exchange.response || exchange.outcome.ok) return false;
  const failure = exchange.outcome.failure;
  return failure.kind === 'footprint-cap' || failure.kind === 'budget-exhausted' || failure.kind === 'signing-error' || (failure.kind === 'aborted' && /rate limit/.test(failure.message));
}

// The redacted headers (exchange.record): a hostile target echoing a credential in a header must not get it into the state file.
const answerOf = (exchange: Exchange): RecordedAnswer => ({ status: exchange.response!.status, headers: { ...(exchange.record.response?.headers ?? exchange.response!.headers) } });
const awsCode = (exchange: Exchange) => (exchange.outcome.ok ? undefined : exchange.outcome.failure.awsError?.code);

type Token =
  | { readonly op: 'CreateVault' | 'DeleteVault'; readonly vault: string }
  | { readonly op: 'UploadArchive'; readonly index: number }
  | { readonly op: 'InitiateJob'; readonly index: number }
  | { readonly op: 'DeleteArchive'; readonly vault: string; readonly archiveId: string }
  | { readonly op: 'DescribeJob' | 'GetJobOutput'; readonly vault: string; readonly jobId: string }
  | undefined;

/**
 * Records in `initial` what the run creates, from the exchanges themselves (whoever sent them:
 * the preparation, a generated command, the cleanup), and answers an UploadArchive or InitiateJob
 * identical to one an earlier invocation made with that invocation's answer, each recorded one at
 * most once per invocation. Only vaults named `<prefix>-<runId>-…` are ever recorded.
 */
export function createStateLedger(initial: RunState, save: (state: RunState) => void, now: () => number): StateLedger {
  let state = initial;
  // Only what an earlier invocation recorded serves: within one invocation every request means a new archive or job.
  const takenArchives = new Set<number>();
  const takenJobs = new Set<number>();
  const earlier = { archives: initial.archives.length, jobs: initial.jobs.length };
  const counts = { uploads: 0, jobs: 0 };
  const ownPrefix = `${initial.vaultPrefix}-${initial.runId}-`;
  const set = (next: RunState) => {
    if (next === state) return;
    state = next;
    save(state);
  };
  const uploadKey = (prepared: PreparedRequest, vault: string): UploadKey | undefined => {
    const body = prepared.body;
    if (body.kind !== 'binary') return undefined;
    return { vault, size: body.bytes, treeHash: prepared.request.headers['x-amz-sha256-tree-hash'] ?? body.treeHash, sha256: body.sha256, description: prepared.request.headers['x-amz-archive-description'] ?? '' };
  };
  const jobParameters = (prepared: PreparedRequest) => (prepared.body.kind === 'json' ? canonicalJson(prepared.body.json) : '');
  const archiveAt = (vault: string, archiveId: string) => state.archives.findIndex((archive) => archive.vault === vault && archive.archiveId === archiveId);
  const jobAt = (vault: string, jobId: string) => state.jobs.findIndex((job) => job.vault === vault && job.jobId === jobId);

  return {
    current: () => state,
    update: (change) => set(change(state)),
    replayed: () => ({ ...counts }),
    replay(prepared): ReplayedAnswer | undefined {
      const [vault, kind] = pathOf(prepared.request.url);
      if (vault === undefined || !vault.startsWith(ownPrefix)) return undefined;
      if (prepared.operation === 'UploadArchive' && kind === 'archives') {
        const key = uploadKey(prepared, vault);
        const index = key && servingArchive(state, key, takenArchives);
        if (index === undefined || index >= earlier.archives) return undefined;
        takenArchives.add(index);
        counts.uploads += 1;
        const archive = state.archives[index]!;
        return { ...archive.answer!, ...(archive.uploadedAt !== undefined ? { at: archive.uploadedAt } : {}) };
      }
      if (prepared.operation === 'InitiateJob' && kind === 'jobs') {
        const index = servingJob(state, vault, jobParameters(prepared), now(), takenJobs);
        if (index === undefined || index >= earlier.jobs) return undefined;
        takenJobs.add(index);
        counts.jobs += 1;
        const job = state.jobs[index]!;
        return { ...job.answer!, ...(job.initiatedAt !== undefined ? { at: job.initiatedAt } : {}) };
      }
      return undefined;
    },
    intent(prepared): Token {
      const [vault, kind, id] = pathOf(prepared.request.url);
      if (vault === undefined || !vault.startsWith(ownPrefix)) return undefined;
      const at = now();
      switch (prepared.operation) {
        case 'CreateVault': {
          const known = state.vaults.find((candidate) => candidate.name === vault);
          if (!known || known.status === 'deleted') set(withVault(state, { name: vault, status: 'requested' }));
          return { op: 'CreateVault', vault };
        }
        case 'DeleteVault':
          return { op: 'DeleteVault', vault };
        case 'UploadArchive': {
          const key = uploadKey(prepared, vault);
          if (!key) return undefined;
          set(withArchive(state, undefined, { ...key, status: 'requested', requestedAt: at }));
          return { op: 'UploadArchive', index: state.archives.length - 1 };
        }
        case 'InitiateJob':
          set(withJob(state, undefined, { vault, parameters: jobParameters(prepared), status: 'requested', requestedAt: at }));
          return { op: 'InitiateJob', index: state.jobs.length - 1 };
        case 'DeleteArchive':
          return kind === 'archives' && id !== undefined ? { op: 'DeleteArchive', vault, archiveId: id } : undefined;
        case 'DescribeJob':
        case 'GetJobOutput':
          return kind === 'jobs' && id !== undefined ? { op: prepared.operation, vault, jobId: id } : undefined;
        default:
          return undefined;
      }
    },
    answer(raw, exchange) {
      const token = raw as Token;
      if (!token) return;
      const status = exchange.response?.status;
      const at = now();
      const sent = !neverSent(exchange);
      switch (token.op) {
        case 'CreateVault': {
          const known = state.vaults.find((vault) => vault.name === token.vault);
          if (status !== undefined && status < 300) {
            if (known?.status !== 'created' && known?.status !== 'delete-refused') set(withVault(state, { name: token.vault, status: 'created', createdAt: known?.createdAt ?? at }));
          } else if ((!sent || (status !== undefined && status < 500)) && known?.status === 'requested') {
            set({ ...state, vaults: state.vaults.filter((vault) => vault.name !== token.vault) });
          }
          return;
        }
        case 'DeleteVault': {
          const known = state.vaults.find((vault) => vault.name === token.vault);
          if (!known || status === undefined) return;
          if (status < 300 || (status === 404 && awsCode(exchange) === 'ResourceNotFoundException')) {
            const archives = state.archives.map((archive): StateArchive => (archive.vault === token.vault && (archive.status === 'present' || archive.status === 'possibly-present' || archive.status === 'requested') ? { ...archive, status: 'deleted', deletedAt: at } : archive));
            const jobs = state.jobs.map((job): StateJob => (job.vault === token.vault && (job.status === 'InProgress' || job.status === 'Succeeded') ? { ...job, status: 'expired' } : job));
            set(withVault({ ...state, archives, jobs }, { name: token.vault, status: 'deleted', ...(known.createdAt !== undefined ? { createdAt: known.createdAt } : {}), deletedAt: at }));
          } else if (status < 500) {
            const message = exchange.outcome.ok ? '' : (exchange.outcome.failure.awsError?.message ?? exchange.outcome.failure.message);
            set(withVault(state, { ...known, status: 'delete-refused', refusal: `${awsCode(exchange) ?? status}${message ? `: ${message}` : ''}`.slice(0, 300) }));
          }
          return;
        }
        case 'UploadArchive': {
          const archive = state.archives[token.index]!;
          const archiveId = exchange.response?.headers['x-amz-archive-id'];
          if (status !== undefined && status < 300 && archiveId) set(withArchive(state, token.index, { ...archive, status: 'present', archiveId, uploadedAt: at, answer: answerOf(exchange) }));
          else if (!sent || (status !== undefined && status < 500)) set(withArchive(state, token.index, { ...archive, status: 'not-created' }));
          else set(withArchive(state, token.index, { ...archive, status: 'possibly-present' }));
          return;
        }
        case 'InitiateJob': {
          const job = state.jobs[token.index]!;
          const jobId = exchange.response?.headers['x-amz-job-id'];
          if (status !== undefined && status < 300 && jobId) set(withJob(state, token.index, { ...job, status: 'InProgress', jobId, initiatedAt: at, answer: answerOf(exchange) }));
          else if (!sent || (status !== undefined && status < 500)) set(withJob(state, token.index, { ...job, status: 'not-created' }));
          // No answer, or a 5xx: the job may exist; the next invocation looks for it in ListJobs.
          return;
        }
        case 'DeleteArchive': {
          const index = archiveAt(token.vault, token.archiveId);
          if (index < 0 || status === undefined) return;
          if (status < 300 || (status === 404 && awsCode(exchange) === 'ResourceNotFoundException')) set(withArchive(state, index, { ...state.archives[index]!, status: 'deleted', deletedAt: at }));
          return;
        }
        case 'DescribeJob':
        case 'GetJobOutput': {
          const index = jobAt(token.vault, token.jobId);
          if (index < 0 || status === undefined) return;
          const job = state.jobs[index]!;
          if (status === 404 && awsCode(exchange) === 'ResourceNotFoundException' && job.status !== 'requested') {
            set(withJob(state, index, { ...job, status: 'expired', checkedAt: at }));
            return;
          }
          if (token.op === 'DescribeJob' && status === 200) set(withJob(state, index, observedJob(job, exchange.response?.json, at)));
          return;
        }
      }
    },
  };
}

/** The job as a DescribeJob (or a ListJobs entry) shows it; the same object when nothing the state keeps changed. */
export function observedJob(job: StateJob, json: unknown, at: number): StateJob {
  const body = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  const code = body['StatusCode'];
  const status = code === 'InProgress' || code === 'Succeeded' || code === 'Failed' ? code : job.status;
  const completion = typeof body['CompletionDate'] === 'string' ? Date.parse(body['CompletionDate']) : NaN;
  const completedAt = Number.isFinite(completion) ? completion : job.completedAt;
  if (status === job.status && completedAt === job.completedAt) return job;
  return { ...job, status, ...(completedAt !== undefined ? { completedAt } : {}), checkedAt: at };
}
