import { createHash } from 'node:crypto';
import { treeHash } from '../treehash/tree-hash';
import type { AttemptResult } from './attempt';
import type { Exchange } from '../core/exchange';
import { runExchange, type TransportContext } from './exchange-runner';
import type { OutputDigest } from './output-digest';
import { prepareRequest, type CallOptions, type RequestSpec } from './request-builder';

/** A JSON body as the target sent it, not yet validated: the engine checks it against the spec. */
export type JsonBody = unknown;

export interface VaultCreated { readonly location?: string }
export interface ArchiveUploaded { readonly archiveId?: string; readonly location?: string; readonly treeHash?: string }
export interface JobInitiated { readonly jobId?: string; readonly location?: string; readonly jobOutputPath?: string }

export interface VaultRef { readonly vaultName: string }
export interface JobRef extends VaultRef { readonly jobId: string }
export interface ArchiveRef extends VaultRef { readonly archiveId: string }
export interface InitiateJobInput extends VaultRef { readonly jobParameters: unknown }

export interface UploadArchiveInput extends VaultRef {
  readonly body: Uint8Array;
  readonly description?: string;
  /** Overrides the computed `x-amz-sha256-tree-hash`; `null` omits the header. */
  readonly treeHash?: string | null;
  /** Overrides the computed `x-amz-content-sha256`; `null` omits it (a signer re-adds it). */
  readonly sha256?: string | null;
}

/** List Jobs query (§2.2), raw strings so negative checks can send `0`, `abc`, `finished`. */
export interface ListJobsInput extends VaultRef {
  readonly limit?: string;
  readonly marker?: string;
  readonly statuscode?: string;
  readonly completed?: string;
}

export interface GetJobOutputInput extends JobRef {
  /** The `Range` header value verbatim, e.g. `bytes=0-1048575`. */
  readonly range?: string;
}

export type GlacierClient = ReturnType<typeof createGlacierClient>;

const header = (result: AttemptResult, name: string): string | undefined => result.headers?.[name];
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
const json = (result: AttemptResult): JsonBody => result.json;
const none = (): null => null;

/**
 * The Glacier operations of glacier-jobs-api.md §2 over any Target. Every method resolves
 * to an {@link Exchange} (never rejects for anything the target does): the raw status,
 * redacted headers and body record next to the parsed value or a classified failure.
 * Values are unvalidated; the engine checks bodies against the spec.
 */
export function createGlacierClient(ctx: TransportContext, defaultAccountId = '-') {
  const run = <T>(spec: RequestSpec, options: CallOptions, decode: (result: AttemptResult) => T): Promise<Exchange<T>> =>
    runExchange(ctx, prepareRequest(ctx.target.baseUrl, spec, options), decode, options.signal);
  /** `/{accountId}/vaults/{vaultName}` followed by `rest` (§2). */
  const vault = (input: VaultRef, options: CallOptions, ...rest: string[]) => [
    options.accountId ?? defaultAccountId,
    'vaults',
    input.vaultName,
    ...rest,
  ];

  return {
    target: ctx.target,

    createVault: (input: VaultRef, options: CallOptions = {}) =>
      run({ operation: 'CreateVault', method: 'PUT', segments: vault(input, options), mode: 'empty' }, options, (r): VaultCreated =>
        defined({ location: header(r, 'location') }),
      ),

    describeVault: (input: VaultRef, options: CallOptions = {}) =>
      run({ operation: 'DescribeVault', method: 'GET', segments: vault(input, options), mode: 'json' }, options, json),

    deleteVault: (input: VaultRef, options: CallOptions = {}) =>
      run({ operation: 'DeleteVault', method: 'DELETE', segments: vault(input, options), mode: 'empty' }, options, none),

    uploadArchive: (input: UploadArchiveInput, options: CallOptions = {}) =>
      run(uploadSpec(input, vault(input, options, 'archives')), options, (r): ArchiveUploaded =>
        defined({
          archiveId: header(r, 'x-amz-archive-id'),
          location: header(r, 'location'),
          treeHash: header(r, 'x-amz-sha256-tree-hash'),
        }),
      ),

    deleteArchive: (input: ArchiveRef, options: CallOptions = {}) =>
      run(
        { operation: 'DeleteArchive', method: 'DELETE', segments: vault(input, options, 'archives', input.archiveId), mode: 'empty' },
        options,
        none,
      ),

    /** `jobParameters` is the whole body (§2.1: not wrapped in `{"jobParameters": …}`). */
    initiateJob: (input: InitiateJobInput, options: CallOptions = {}) =>
      run(
        { operation: 'InitiateJob', method: 'POST', segments: vault(input, options, 'jobs'), body: { json: input.jobParameters }, mode: 'empty' },
        options,
        (r): JobInitiated =>
          defined({
            jobId: header(r, 'x-amz-job-id'),
            location: header(r, 'location'),
            jobOutputPath: header(r, 'x-amz-job-output-path'),
          }),
      ),

    listJobs: (input: ListJobsInput, options: CallOptions = {}) =>
      run(
        {
          operation: 'ListJobs',
          method: 'GET',
          segments: vault(input, options, 'jobs'),
          query: [['limit', input.limit], ['marker', input.marker], ['statuscode', input.statuscode], ['completed', input.completed]],
          mode: 'json',
        },
        options,
        json,
      ),

    describeJob: (input: JobRef, options: CallOptions = {}) =>
      run({ operation: 'DescribeJob', method: 'GET', segments: vault(input, options, 'jobs', input.jobId), mode: 'json' }, options, json),

    /** Streams the body through the hashers; the value holds size and hashes, and the text only when small. */
    getJobOutput: (input: GetJobOutputInput, options: CallOptions = {}) =>
      run(
        {
          operation: 'GetJobOutput',
          method: 'GET',
          segments: vault(input, options, 'jobs', input.jobId, 'output'),
          ...(input.range === undefined ? {} : { headers: { range: input.range } }),
          mode: 'stream',
        },
        options,
        (r): OutputDigest => r.digest!,
      ),

    /** Any request at all (unknown paths, wrong methods, malformed bodies), for negative checks. */
    raw: (spec: RequestSpec, options: CallOptions = {}) =>
      run(spec, options, (r): JsonBody => r.json ?? r.digest ?? null),
  };
}

/** Upload Archive (§2.5): both hashes computed here unless the check supplies its own. */
function uploadSpec(input: UploadArchiveInput, segments: string[]): RequestSpec {
  const headers: Record<string, string> = {};
  const tree = input.treeHash === undefined ? treeHash(input.body) : input.treeHash;
  const linear = input.sha256 === undefined ? createHash('sha256').update(input.body).digest('hex') : input.sha256;
  if (tree !== null) headers['x-amz-sha256-tree-hash'] = tree;
  if (linear !== null) headers['x-amz-content-sha256'] = linear;
  if (input.description !== undefined) headers['x-amz-archive-description'] = input.description;
  return {
    operation: 'UploadArchive',
    method: 'POST',
    segments,
    headers,
    body: { bytes: input.body, contentType: 'application/octet-stream' },
    mode: 'empty',
  };
}
