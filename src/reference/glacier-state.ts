import type { ByteRange } from '../treehash';
import type { ByteSource } from './byte-source';
import type { RealismState } from './realism/realism-state';
import type { ReferenceConfig } from './reference-config';

/**
 * The whole reference Glacier as immutable plain data. Every operation returns a new
 * state and never mutates the old one, so a test can keep any state and replay from
 * it, and a failed request can never leave a half-applied change behind.
 */
export interface GlacierState {
  readonly config: ReferenceConfig;
  /** Insertion order = creation order. */
  readonly vaults: ReadonlyMap<string, Vault>;
  readonly counters: Counters;
  /** What the realistic mode keeps (snapshots, throttle); absent otherwise. */
  readonly realism?: RealismState;
  /** Account-wide settings of the region (model: data retrieval policy, provisioned capacity). */
  readonly account: AccountSettings;
}

export type RetrievalStrategy = 'BytesPerHour' | 'FreeTier' | 'None';

export interface AccountSettings {
  readonly dataRetrievalPolicy: { readonly strategy: RetrievalStrategy; readonly bytesPerHour: number | null };
  /** Purchased units in purchase order; each lasts a month (30 days) from its start (model: ProvisionedCapacityDescription). */
  readonly provisionedCapacity: readonly { readonly capacityId: string; readonly startDate: number; readonly expirationDate: number }[];
}

/** A vault's notification configuration (model: VaultNotificationConfig). */
export interface VaultNotifications {
  readonly snsTopic: string;
  readonly events: readonly string[];
}

/** A vault lock (model: GetVaultLockOutput): InProgress for 24 h after initiation unless completed. */
export interface VaultLock {
  readonly lockId: string;
  readonly policy: string;
  readonly creationDate: number;
  /** null once Locked. */
  readonly expirationDate: number | null;
  readonly state: 'InProgress' | 'Locked';
}

export interface Counters {
  readonly requests: number;
  readonly archives: number;
  readonly jobs: number;
  readonly uploads: number;
  readonly locks: number;
  readonly capacities: number;
}

export interface Vault {
  readonly name: string;
  readonly creationDate: number;
  /** Time of the last upload or deletion of an archive; null if never written. */
  readonly lastWriteDate: number | null;
  /** Insertion order = upload order. */
  readonly archives: ReadonlyMap<string, Archive>;
  /** Ids of deleted archives: deleting one again is not an error (§2.5). */
  readonly deletedArchiveIds: ReadonlySet<string>;
  /** Insertion order = initiation order, the order ListJobs returns (§3.2). */
  readonly jobs: ReadonlyMap<string, Job>;
  /** Multipart uploads in progress, in initiation order (§2.6). */
  readonly uploads: ReadonlyMap<string, MultipartUpload>;
  readonly notifications: VaultNotifications | null;
  /** Tag keys in insertion order (model: TagMap, up to 10 tags). */
  readonly tags: ReadonlyMap<string, string>;
  readonly accessPolicy: string | null;
  readonly lock: VaultLock | null;
}

/** One uploaded part of a multipart upload: its bytes and their 1 MiB leaf digests. */
export interface UploadedPart {
  readonly range: ByteRange;
  readonly bytes: ByteSource;
  readonly treeHash: string;
  readonly leafDigests: readonly Uint8Array[];
}

/** An in-progress multipart upload (§2.6). Parts are keyed by their first byte. */
export interface MultipartUpload {
  readonly uploadId: string;
  readonly description: string | null;
  readonly partSize: number;
  readonly creationDate: number;
  /** Time of the initiation or the last part uploaded: an upload idle past the configured time expires. */
  readonly lastActivity: number;
  readonly parts: ReadonlyMap<number, UploadedPart>;
}

export interface Archive {
  readonly archiveId: string;
  /** Position in upload order across the reference; inventory markers name it. */
  readonly sequence: number;
  readonly description: string;
  readonly creationDate: number;
  /** The uploaded bytes, held as received (in memory, or on disk for a large streamed upload): job output is a view into them. */
  readonly bytes: ByteSource;
  readonly treeHash: string;
  /** Raw SHA-256 of each 1 MiB leaf, so the hash of any aligned range is a cheap combine (§5, §6). */
  readonly leafDigests: readonly Uint8Array[];
}

export type Tier = 'Expedited' | 'Standard' | 'Bulk';
export type InventoryFormat = 'JSON' | 'CSV';
export type StatusCode = 'InProgress' | 'Succeeded' | 'Failed';

interface JobBase {
  readonly jobId: string;
  readonly vaultName: string;
  readonly creationDate: number;
  /** When the job completes, fixed at initiation from the configured delay (§3.3). */
  readonly readyAt: number;
  readonly description: string | null;
  readonly snsTopic: string | null;
  readonly tier: Tier;
  /** Set when the job failed (its StatusMessage); it then completes at `readyAt` as Failed. */
  readonly failureMessage?: string;
}

export interface ArchiveRetrievalJob extends JobBase {
  readonly action: 'ArchiveRetrieval';
  /** The archive as it was at initiation: a later DeleteArchive leaves a prepared retrieval downloadable (§2.5). */
  readonly archive: Archive;
  /** The retrieved bytes in archive offsets; the whole archive when no RetrievalByteRange was given. */
  readonly retrievedRange: ByteRange;
  /** Tree hash of the retrieved bytes when they are tree-hash aligned, else null (§3.3, §6). */
  readonly retrievedTreeHash: string | null;
}

export interface InventoryRetrievalParameters {
  readonly Format: InventoryFormat;
  readonly StartDate: string | null;
  readonly EndDate: string | null;
  readonly Limit: string | null;
  readonly Marker: string | null;
}

export interface InventoryRetrievalJob extends JobBase {
  readonly action: 'InventoryRetrieval';
  readonly parameters: InventoryRetrievalParameters;
  /** The rendered inventory (JSON or CSV), taken as a snapshot at initiation. */
  readonly output: Uint8Array;
  /** Where the next inventory job continues; null when this one reached the end (§3.6). */
  readonly continuationMarker: string | null;
}

/**
 * A select job (§2.1 `Type: select`): accepted and described as AWS describes it, but its
 * results would go to S3, which the reference does not have; StatusMessage says so.
 */
export interface SelectJob extends JobBase {
  readonly action: 'Select';
  readonly archive: Archive;
  /** SelectParameters and OutputLocation as sent, echoed by Describe Job. */
  readonly selectParameters: Readonly<Record<string, unknown>>;
  readonly outputLocation: Readonly<Record<string, unknown>>;
  /** `s3://<bucket>/<prefix>/<jobId>/`, where AWS would have written the results. */
  readonly jobOutputPath: string;
}

export type Job = ArchiveRetrievalJob | InventoryRetrievalJob | SelectJob;

/** An empty reference. */
export function initialState(config: ReferenceConfig): GlacierState {
  return {
    config,
    vaults: new Map(),
    counters: { requests: 0, archives: 0, jobs: 0, uploads: 0, locks: 0, capacities: 0 },
    account: { dataRetrievalPolicy: { strategy: 'None', bytesPerHour: null }, provisionedCapacity: [] },
  };
}

/** `map` with `key` set to `value`, leaving `map` untouched (insertion order kept for existing keys). */
export function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
  return new Map(map).set(key, value);
}

export function withoutEntry<K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> {
  const copy = new Map(map);
  copy.delete(key);
  return copy;
}

/** The state with `vault` stored under its name. */
export function withVault(state: GlacierState, vault: Vault): GlacierState {
  return { ...state, vaults: withEntry(state.vaults, vault.name, vault) };
}
