/**
 * Everything a user of `serve` or a test may tune, with the defaults of today's AWS
 * documentation. The ListJobs limit bounds are configurable because the `aws-2012`
 * profile reads them as 1–1000, default 1000 (glacier-jobs-api.md §3.2, §7.6).
 */
export interface ReferenceConfig {
  /** The 12-digit account that `-` stands for and that `Location` headers carry (§1). */
  readonly accountId: string;
  readonly region: string;
  /** How long a job stays InProgress after InitiateJob, on the injected clock (§3.3). */
  readonly jobDelayMs: number;
  /** Up to this much more, different for each job but fixed by its id: jobs then complete out of initiation order. */
  readonly jobDelayJitterMs: number;
  /** How long a completed job stays listed and downloadable: at least 24 h (§3.2, §3.3). */
  readonly jobRetentionMs: number;
  /** Largest UploadArchive body: 4 GB in one request on AWS (§2.5). */
  readonly maxArchiveBytes: number;
  /** Largest body of any other request (Initiate Job's JobParameters): bounds memory per request. */
  readonly maxJsonBodyBytes: number;
  /** How long the HTTP server waits for the next bytes of a request body before RequestTimeoutException (§2.5). */
  readonly bodyIdleTimeoutMs: number;
  /** ListJobs `limit`: upper bound and the page size without one (§3.2). */
  readonly listJobsMaxLimit: number;
  readonly listJobsDefaultLimit: number;
  /** ListVaults `limit`: upper bound and default (botocore's model: default 10; up to 1000, the largest any DG revision states, so no client's page size is refused). */
  readonly listVaultsMaxLimit: number;
  readonly listVaultsDefaultLimit: number;
  /** ListParts and ListMultipartUploads `limit`: upper bound and default (model: default 50; up to 1000 like ListVaults). */
  readonly listPartsMaxLimit: number;
  readonly listPartsDefaultLimit: number;
  /** A multipart upload with no initiation or part for this long is removed (model: "no activity for a period of 24 hours"). */
  readonly multipartIdleMs: number;
  /** Parts per multipart upload (model: "up to 10,000 parts"). */
  readonly maxParts: number;
  /**
   * Whether deleting an archive fails the retrievals of it still InProgress (Failed, with a
   * StatusMessage, from the deletion on). The DG says a deleted archive's in-progress
   * retrieval "may or may not succeed"; the reference takes the reading clients must handle.
   * Off: they succeed from the bytes kept at initiation.
   */
  readonly failRetrievalsOfDeletedArchives: boolean;
  /** The FreeTier data retrieval strategy's allowance per 24 h (AWS: 10 GB a month, prorated daily). */
  readonly freeTierBytesPerDay: number;
  /** Vaults per account (§2.5, LimitExceededException). */
  readonly maxVaults: number;
  /** Mixed into every generated id, so two references never hand out the same ids. */
  readonly idSeed: string;
}

export const DEFAULT_CONFIG: ReferenceConfig = {
  accountId: '111122223333',
  region: 'us-east-1',
  jobDelayMs: 1000,
  jobDelayJitterMs: 0,
  jobRetentionMs: 24 * 60 * 60 * 1000,
  maxArchiveBytes: 4 * 1024 ** 3,
  maxJsonBodyBytes: 64 * 1024,
  bodyIdleTimeoutMs: 20_000,
  listJobsMaxLimit: 50,
  listJobsDefaultLimit: 50,
  listVaultsMaxLimit: 1000,
  listVaultsDefaultLimit: 10,
  listPartsMaxLimit: 1000,
  listPartsDefaultLimit: 50,
  multipartIdleMs: 24 * 60 * 60 * 1000,
  maxParts: 10_000,
  failRetrievalsOfDeletedArchives: true,
  freeTierBytesPerDay: Math.floor((10 * 1024 ** 3) / 30),
  maxVaults: 1000,
  idSeed: 'glacier-conformance-reference',
};

/** The defaults with `overrides` applied; throws on values no Glacier could have. */
export function referenceConfig(overrides: Partial<ReferenceConfig> = {}): ReferenceConfig {
  const config = { ...DEFAULT_CONFIG, ...overrides };
  if (!/^\d{12}$/.test(config.accountId)) throw new RangeError(`account id must be 12 digits, got '${config.accountId}'`);
  if (config.listJobsDefaultLimit < 1 || config.listJobsDefaultLimit > config.listJobsMaxLimit) {
    throw new RangeError('the default ListJobs limit must lie within 1..max');
  }
  if (config.maxArchiveBytes < 1) throw new RangeError('maxArchiveBytes must be at least 1');
  if (config.jobDelayMs < 0 || config.jobDelayJitterMs < 0) throw new RangeError('job delays cannot be negative');
  return config;
}

/** `arn:aws:glacier:<region>:<account>:vaults/<name>` (§2.3 VaultARN). */
export function vaultArn(config: ReferenceConfig, vaultName: string): string {
  return `arn:aws:glacier:${config.region}:${config.accountId}:vaults/${vaultName}`;
}
