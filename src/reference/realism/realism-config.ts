/**
 * The realistic mode of the reference (`serve --realism aws`, `run --realism aws`) as data:
 * the behaviours of the real service that glacier-jobs-api.md §9 gathers, each with its
 * numbers. Durations are AWS's, divided by `timeScale` (1000: a Standard job takes 11–18 s,
 * a day 86.4 s); the throttle works on real request rates and is not scaled.
 */
export interface RealismConfig {
  /** Every AWS duration below is divided by this (≥ 1). */
  readonly timeScale: number;
  /** §9.5: job latency per tier, [min, max] in unscaled milliseconds; each job's share is fixed by its id. */
  readonly tierLatencyMs: Readonly<Record<'Expedited' | 'Standard' | 'Bulk', readonly [number, number]>>;
  /** §9.2: how often a vault written since its last snapshot gets a new inventory (unscaled). */
  readonly snapshotIntervalMs: number;
  /** §9.4: how long a completed job's output stays downloadable (unscaled). */
  readonly outputWindowMs: number;
  /** §9.5: the share (0..1) of Expedited jobs refused with InsufficientCapacityException without provisioned capacity. */
  readonly expeditedRefusal: number;
  /** §9.6: token bucket of the throttle; a rate of 0 turns it off. */
  readonly throttle: { readonly ratePerSecond: number; readonly burst: number };
  /** §9.3: vaults per account and region. */
  readonly maxVaults: number;
}

const HOUR_MS = 60 * 60 * 1000;

export const AWS_REALISM: RealismConfig = {
  timeScale: 1,
  tierLatencyMs: { Expedited: [60_000, 5 * 60_000], Standard: [3 * HOUR_MS, 5 * HOUR_MS], Bulk: [5 * HOUR_MS, 12 * HOUR_MS] },
  snapshotIntervalMs: 24 * HOUR_MS,
  outputWindowMs: 24 * HOUR_MS,
  expeditedRefusal: 0.25,
  throttle: { ratePerSecond: 50, burst: 100 },
  maxVaults: 1000,
};

/** The named modes `--realism` takes. */
export const REALISMS: Readonly<Record<string, RealismConfig>> = { aws: AWS_REALISM };

/** `base` with overrides; throws on values no run could use. */
export function realismConfig(overrides: Partial<RealismConfig> = {}, base: RealismConfig = AWS_REALISM): RealismConfig {
  const config = { ...base, ...overrides };
  if (!(config.timeScale >= 1) || !Number.isFinite(config.timeScale)) throw new RangeError(`the time scale must be a number of at least 1, got ${config.timeScale}`);
  if (!(config.expeditedRefusal >= 0 && config.expeditedRefusal <= 1)) throw new RangeError('the Expedited refusal share must lie within 0..1');
  if (config.throttle.ratePerSecond < 0 || config.throttle.burst < 1) throw new RangeError('the throttle needs a rate of at least 0 and a burst of at least 1');
  return config;
}

/** An AWS duration on the scaled clock, never below 1 ms. */
export function scaled(config: RealismConfig, ms: number): number {
  return Math.max(1, Math.round(ms / config.timeScale));
}
