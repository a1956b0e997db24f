/**
 * The state of a resumable run (`run --state FILE`, issue 13): what the run created on its
 * target, so that the same command again continues where the last one stopped and `cleanup`
 * knows what to delete. Pure data and pure functions; the file I/O is in state-file.ts.
 * The format is specs/run-state.schema.json.
 */

export const RUN_STATE_FORMAT = 'glacier-conformance-run-state';
export const RUN_STATE_VERSION = 1;

/** Where the run went: a state file is only ever continued against the same target. */
export interface StateTarget {
  readonly url: string;
  readonly region: string;
  readonly accountId: string;
  readonly signing: 'sigv4' | 'none';
}

/** `requested`: CreateVault sent, its answer lost (idempotent: the vault may exist). */
export type VaultStatus = 'requested' | 'created' | 'deleted' | 'delete-refused';

export interface StateVault {
  readonly name: string;
  readonly status: VaultStatus;
  readonly createdAt?: number;
  readonly deletedAt?: number;
  /** Why the target refused to delete it, as it said. */
  readonly refusal?: string;
}

/**
 * `requested`: UploadArchive sent, no answer recorded yet; `possibly-present`: its answer was
 * lost, so the archive may exist under an id the run never learnt (only an inventory lists it);
 * `not-created`: refused, or never sent (a cap, the budget).
 */
export type ArchiveStatus = 'requested' | 'present' | 'possibly-present' | 'deleted' | 'not-created';

/** A recorded answer of the target: what a replayed request is answered with. */
export interface RecordedAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
}

export interface StateArchive {
  readonly vault: string;
  readonly size: number;
  readonly description: string;
  readonly treeHash: string;
  readonly sha256: string;
  readonly status: ArchiveStatus;
  readonly archiveId?: string;
  readonly requestedAt: number;
  readonly uploadedAt?: number;
  readonly deletedAt?: number;
  readonly answer?: RecordedAnswer;
}

/**
 * `requested`: InitiateJob sent, its answer lost (reconciled through ListJobs on resume); `expired`: its
 * output is gone (§9.4); `not-created`: refused, or never sent (a cap, the budget).
 */
export type JobStatus = 'requested' | 'InProgress' | 'Succeeded' | 'Failed' | 'expired' | 'not-created';

export interface StateJob {
  readonly vault: string;
  /** The InitiateJob body as sent, keys sorted. */
  readonly parameters: string;
  readonly status: JobStatus;
  readonly jobId?: string;
  readonly requestedAt: number;
  readonly initiatedAt?: number;
  readonly completedAt?: number;
  /** Last time the run saw the job's status (DescribeJob, ListJobs). */
  readonly checkedAt?: number;
  readonly answer?: RecordedAnswer;
}

/** A check result an earlier invocation decided, carried into the next report: passed, or not-run with its reason. */
export interface CarriedCheck {
  readonly id: string;
  readonly status: 'passed' | 'not-run';
  readonly observations: number;
  readonly reason?: string;
}

/**
 * A family every applicable check of which passed in invocation `invocation`: later invocations do not run
 * it again (its job outputs expire 24 h after completion, §9.4, while the inventory rules wait a day for the
 * first snapshot, §9.2: without this a two-day workflow would never have both at once).
 */
export interface DecidedFamily {
  readonly family: string;
  readonly invocation: number;
  readonly at: number;
  readonly checks: readonly CarriedCheck[];
}

export interface RunState {
  readonly format: typeof RUN_STATE_FORMAT;
  readonly version: typeof RUN_STATE_VERSION;
  readonly runId: string;
  readonly seed: number;
  readonly target: StateTarget;
  /** The vault name prefix: every vault of the run is `<prefix>-<runId>-…`. */
  readonly vaultPrefix: string;
  readonly startedAt: number;
  readonly invocations: number;
  readonly vaults: readonly StateVault[];
  readonly archives: readonly StateArchive[];
  readonly jobs: readonly StateJob[];
  readonly decided?: readonly DecidedFamily[];
}

export function newRunState(init: { runId: string; seed: number; target: StateTarget; vaultPrefix: string; now: number }): RunState {
  return { format: RUN_STATE_FORMAT, version: RUN_STATE_VERSION, runId: init.runId, seed: init.seed, target: init.target, vaultPrefix: init.vaultPrefix, startedAt: init.now, invocations: 0, vaults: [], archives: [], jobs: [] };
}

export function serializeRunState(state: RunState): string {
  return `${JSON.stringify(state, null, 1)}\n`;
}

/** §9.4: a completed job's output stays downloadable 24 h. */
export const OUTPUT_WINDOW_MS = 24 * 60 * 60 * 1000;

/** A recorded job serves a new invocation only while this much of its output window is left: the run must read it before it expires. */
export const OUTPUT_MARGIN_MS = 2 * 60 * 60 * 1000;

/** A key order independent JSON text of a job's parameters: the same job asked twice gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export type ParsedState = { readonly ok: true; readonly state: RunState } | { readonly ok: false; readonly error: string };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const VAULT_STATUSES: readonly string[] = ['requested', 'created', 'deleted', 'delete-refused'];
const ARCHIVE_STATUSES: readonly string[] = ['requested', 'present', 'possibly-present', 'deleted', 'not-created'];
const JOB_STATUSES: readonly string[] = ['requested', 'InProgress', 'Succeeded', 'Failed', 'expired', 'not-created'];

/** Reads a state file's text; anything that is not a whole state of this format is an error, never a partial state. */
export function parseRunState(text: string): ParsedState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'is not JSON (a corrupt or foreign file)' };
  }
  if (!isObject(json) || json['format'] !== RUN_STATE_FORMAT) return { ok: false, error: `is not a glacier-conformance run state (no "format": "${RUN_STATE_FORMAT}")` };
  if (json['version'] !== RUN_STATE_VERSION) return { ok: false, error: `has version ${String(json['version'])}; this glacier-conformance reads version ${RUN_STATE_VERSION}` };
  const target = json['target'];
  const problem =
    typeof json['runId'] !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(json['runId']) ? 'runId'
    : !Number.isInteger(json['seed']) ? 'seed'
    : typeof json['vaultPrefix'] !== 'string' ? 'vaultPrefix'
    : typeof json['startedAt'] !== 'number' || !Number.isInteger(json['invocations']) ? 'startedAt/invocations'
    : !isObject(target) || typeof target['url'] !== 'string' || typeof target['region'] !== 'string' || typeof target['accountId'] !== 'string' || (target['signing'] !== 'sigv4' && target['signing'] !== 'none') ? 'target'
    : !Array.isArray(json['vaults']) || !json['vaults'].every((v) => isObject(v) && typeof v['name'] === 'string' && VAULT_STATUSES.includes(v['status'] as string)) ? 'vaults'
    : !Array.isArray(json['archives']) || !json['archives'].every((a) => isObject(a) && typeof a['vault'] === 'string' && typeof a['size'] === 'number' && typeof a['treeHash'] === 'string' && typeof a['description'] === 'string' && ARCHIVE_STATUSES.includes(a['status'] as string)) ? 'archives'
    : !Array.isArray(json['jobs']) || !json['jobs'].every((j) => isObject(j) && typeof j['vault'] === 'string' && typeof j['parameters'] === 'string' && JOB_STATUSES.includes(j['status'] as string)) ? 'jobs'
    : json['decided'] !== undefined && (!Array.isArray(json['decided']) || !json['decided'].every((d) => isObject(d) && typeof d['family'] === 'string' && Array.isArray(d['checks']))) ? 'decided'
    : undefined;
  if (problem) return { ok: false, error: `is damaged: its ${problem} field is missing or malformed` };
  return { ok: true, state: json as unknown as RunState };
}

/** Why `state` cannot be continued against `target` (another endpoint, region or account), or undefined. */
export function foreignTarget(state: RunState, target: StateTarget): string | undefined {
  const differs = (['url', 'region', 'accountId'] as const).find((key) => state.target[key] !== target[key]);
  return differs ? `belongs to a run against ${state.target.url} (region ${state.target.region}, account ${state.target.accountId}), not ${target.url} (region ${target.region}, account ${target.accountId})` : undefined;
}

/** What an upload is, as the request says: the same bytes and description to the same vault are the same archive. */
export interface UploadKey {
  readonly vault: string;
  readonly size: number;
  readonly treeHash: string;
  readonly sha256: string;
  readonly description: string;
}

const sameUpload = (archive: StateArchive, key: UploadKey) =>
  archive.vault === key.vault && archive.size === key.size && archive.treeHash === key.treeHash && archive.sha256 === key.sha256 && archive.description === key.description;

/**
 * The recorded archives that serve an upload of `key`, in record order: still in their vault
 * (uploaded, answered with an id, not deleted). `taken` are indices already served this invocation.
 */
export function servingArchive(state: RunState, key: UploadKey, taken: ReadonlySet<number>): number | undefined {
  const index = state.archives.findIndex((archive, i) => !taken.has(i) && archive.status === 'present' && archive.archiveId !== undefined && archive.answer !== undefined && sameUpload(archive, key));
  return index < 0 ? undefined : index;
}

/**
 * The recorded job that serves an InitiateJob of `parameters` in `vault`: one that is still
 * InProgress, or that succeeded and whose output will not expire (24 h after completion, §9.4)
 * within {@link OUTPUT_MARGIN_MS} of `now`. Failed, expired and unanswered jobs never serve; neither does one whose archive
 * is no longer present (its ArchiveId names an archive the run deleted).
 */
export function servingJob(state: RunState, vault: string, parameters: string, now: number, taken: ReadonlySet<number>): number | undefined {
  const index = state.jobs.findIndex(
    (job, i) =>
      !taken.has(i) &&
      job.vault === vault &&
      job.parameters === parameters &&
      job.jobId !== undefined &&
      job.answer !== undefined &&
      (job.status === 'InProgress' || (job.status === 'Succeeded' && (job.completedAt === undefined || job.completedAt + OUTPUT_WINDOW_MS - OUTPUT_MARGIN_MS > now))),
  );
  return index < 0 ? undefined : index;
}

const replaceAt = <T>(list: readonly T[], index: number, value: T): T[] => list.map((item, i) => (i === index ? value : item));

export function withVault(state: RunState, vault: StateVault): RunState {
  const index = state.vaults.findIndex((known) => known.name === vault.name);
  return { ...state, vaults: index < 0 ? [...state.vaults, vault] : replaceAt(state.vaults, index, vault) };
}

export function withArchive(state: RunState, index: number | undefined, archive: StateArchive): RunState {
  return { ...state, archives: index === undefined ? [...state.archives, archive] : replaceAt(state.archives, index, archive) };
}

export function withJob(state: RunState, index: number | undefined, job: StateJob): RunState {
  return { ...state, jobs: index === undefined ? [...state.jobs, job] : replaceAt(state.jobs, index, job) };
}

/**
 * The state with the families of `results` that are decided (no check failed, known or inconclusive, at
 * least one passed) recorded as such; a family recorded earlier keeps its first record.
 */
export function withDecidedFamilies(state: RunState, families: readonly string[], results: readonly { readonly id: string; readonly status: string; readonly observations: number; readonly reason?: string }[], at: number): RunState {
  const known = new Set((state.decided ?? []).map((entry) => entry.family));
  const added: DecidedFamily[] = [];
  for (const family of families) {
    if (known.has(family)) continue;
    const checks = results.filter((result) => result.id.startsWith(`${family}.`));
    if (checks.length === 0 || !checks.some((check) => check.status === 'passed') || !checks.every((check) => check.status === 'passed' || check.status === 'not-run')) continue;
    added.push({ family, invocation: state.invocations, at, checks: checks.map((check) => ({ id: check.id, status: check.status as CarriedCheck['status'], observations: check.observations, ...(check.status === 'not-run' && check.reason ? { reason: check.reason } : {}) })) });
  }
  return added.length === 0 ? state : { ...state, decided: [...(state.decided ?? []), ...added] };
}

/** Every archive request whose answer was lost: it may have created an archive whose id the run never learnt. */
export function settleLostUploads(state: RunState): RunState {
  if (!state.archives.some((archive) => archive.status === 'requested')) return state;
  return { ...state, archives: state.archives.map((archive) => (archive.status === 'requested' ? { ...archive, status: 'possibly-present' as const } : archive)) };
}

/** The jobs not yet seen completed, and when the slowest of them should be done (by its tier's AWS latency, §9.5). */
export function pendingJobs(state: RunState): { readonly count: number; readonly doneBy?: number } {
  const pending = state.jobs.filter((job) => job.status === 'InProgress');
  if (pending.length === 0) return { count: 0 };
  const doneBy = Math.max(...pending.map((job) => (job.initiatedAt ?? job.requestedAt) + tierLatencyMaxMs(job.parameters)));
  return { count: pending.length, doneBy };
}

const HOUR_MS = 60 * 60 * 1000;

/** §9.5: the longest a job of its tier takes (Expedited 5 min, Standard 5 h, Bulk 12 h; inventory jobs are Standard). */
export function tierLatencyMaxMs(parameters: string): number {
  const tier = /"Tier":"(\w+)"/.exec(parameters)?.[1] ?? 'Standard';
  return tier === 'Expedited' ? 5 * 60 * 1000 : tier === 'Bulk' ? 12 * HOUR_MS : 5 * HOUR_MS;
}
