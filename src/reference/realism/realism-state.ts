import type { Archive, GlacierState, Vault } from '../glacier-state';

/** A vault's last inventory (§9.2): the archives it held at `inventoryDate`. */
export interface VaultSnapshot {
  /** The vault's CreationDate: a vault deleted and created again under its name starts without one. */
  readonly vaultCreated: number;
  readonly inventoryDate: number;
  readonly archives: readonly Archive[];
}

/** What the realistic mode remembers beside the reference's own state. */
export interface RealismState {
  readonly snapshots: ReadonlyMap<string, VaultSnapshot>;
  /** Throttle token bucket: tokens left at time `at`. */
  readonly bucket: { readonly tokens: number; readonly at: number } | null;
}

export const NO_REALISM_STATE: RealismState = { snapshots: new Map(), bucket: null };

export function realismStateOf(state: GlacierState): RealismState {
  return state.realism ?? NO_REALISM_STATE;
}

/** The vault's last snapshot, or null before its first inventory. */
export function snapshotOf(state: GlacierState, vault: Vault): VaultSnapshot | null {
  const snapshot = realismStateOf(state).snapshots.get(vault.name);
  return snapshot && snapshot.vaultCreated === vault.creationDate ? snapshot : null;
}

/**
 * Whether a snapshot shows a write made at `writeDate`. The first request at or after a
 * boundary takes its snapshot before it is handled, so the snapshot holds exactly the writes
 * made before the boundary.
 */
export function covers(snapshot: VaultSnapshot, writeDate: number): boolean {
  return writeDate < snapshot.inventoryDate;
}

/**
 * The snapshot `vault` has at `now`: a new one at the last day boundary since its creation
 * when it was written since the last (InventoryDate "changes only after additions or
 * deletions", §9.2; a vault never written has none). Taken lazily before each request: no
 * request came between the previous one and now, so the vault as it is now is the vault as
 * it was at that boundary.
 */
function dueSnapshot(state: GlacierState, vault: Vault, now: number, intervalMs: number): VaultSnapshot | null {
  const last = snapshotOf(state, vault);
  if (vault.lastWriteDate === null || (last && covers(last, vault.lastWriteDate))) return last;
  const boundary = vault.creationDate + Math.floor((now - vault.creationDate) / intervalMs) * intervalMs;
  if (boundary <= vault.creationDate || boundary <= vault.lastWriteDate) return last;
  return { vaultCreated: vault.creationDate, inventoryDate: boundary, archives: [...vault.archives.values()] };
}

/** The state with every snapshot due by `now` taken (and those of deleted vaults dropped). */
export function takeDueSnapshots(state: GlacierState, now: number, intervalMs: number): GlacierState {
  const realism = realismStateOf(state);
  const snapshots = new Map<string, VaultSnapshot>();
  let changed = false;
  for (const vault of state.vaults.values()) {
    const snapshot = dueSnapshot(state, vault, now, intervalMs);
    if (snapshot) snapshots.set(vault.name, snapshot);
    if ((snapshot ?? undefined) !== realism.snapshots.get(vault.name)) changed = true;
  }
  if (!changed && snapshots.size === realism.snapshots.size) return state;
  return { ...state, realism: { ...realism, snapshots } };
}

/**
 * Takes one token from the bucket (§9.6), refilled at `ratePerSecond` up to `burst`; null
 * when none is left, the request is then throttled.
 */
export function takeToken(state: GlacierState, now: number, throttle: { ratePerSecond: number; burst: number }): GlacierState | null {
  if (throttle.ratePerSecond === 0) return state;
  const realism = realismStateOf(state);
  const last = realism.bucket ?? { tokens: throttle.burst, at: now };
  const tokens = Math.min(throttle.burst, last.tokens + (Math.max(0, now - last.at) * throttle.ratePerSecond) / 1000);
  if (tokens < 1) return null;
  return { ...state, realism: { ...realism, bucket: { tokens: tokens - 1, at: now } } };
}
