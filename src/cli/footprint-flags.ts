import { FOOTPRINT_DEFAULTS } from '../run/run-plan';
import type { FootprintCaps } from '../transport/footprint';
import { parseIntegerFlag } from './parse-flags';

export const FOOTPRINT_OPTIONS = {
  'max-vaults': { type: 'string' },
  'max-uploads': { type: 'string' },
  'max-jobs': { type: 'string' },
  'max-retrieved-mib': { type: 'string' },
} as const;

type FootprintValues = Partial<Record<keyof typeof FOOTPRINT_OPTIONS, string>>;

/**
 * The run's footprint caps: the flags, else the defaults a real account can afford
 * (FOOTPRINT_DEFAULTS) for a URL target that keeps state. The embedded reference and a
 * stateless mock keep nothing and bill nothing: they are capped only where a flag says so.
 */
export function parseFootprintCaps(values: FootprintValues, billed: boolean): FootprintCaps {
  const flag = (name: keyof typeof FOOTPRINT_OPTIONS, max: number) => parseIntegerFlag('run', name, values[name], { min: 1, max });
  const defaults: FootprintCaps = billed ? FOOTPRINT_DEFAULTS : {};
  const mib = flag('max-retrieved-mib', 1024 * 1024);
  const caps = {
    vaults: flag('max-vaults', 1000) ?? defaults.vaults,
    uploads: flag('max-uploads', 100_000) ?? defaults.uploads,
    jobs: flag('max-jobs', 100_000) ?? defaults.jobs,
    retrievedBytes: mib === undefined ? defaults.retrievedBytes : mib * 2 ** 20,
  };
  return Object.fromEntries(Object.entries(caps).filter(([, value]) => value !== undefined)) as FootprintCaps;
}
