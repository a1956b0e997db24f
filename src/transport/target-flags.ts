import type { TargetFlags } from './target-config';

/**
 * The command-line flags that choose and limit a target (design.md "Command line"), in
 * the shape `parseFlags` takes, so `run`, `replay` and any later command share them.
 * Times are in seconds.
 */
export const TARGET_FLAG_OPTIONS = {
  target: { type: 'string' },
  region: { type: 'string' },
  'account-id': { type: 'string' },
  unsigned: { type: 'boolean' },
  profile: { type: 'string' },
  rate: { type: 'string' },
  'time-budget': { type: 'string' },
  'connect-timeout': { type: 'string' },
  'first-byte-timeout': { type: 'string' },
  'idle-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
} as const;

type Parsed = Readonly<Partial<Record<keyof typeof TARGET_FLAG_OPTIONS, string | boolean | undefined>>>;

const text = (value: string | boolean | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

/** parseFlags' `values` → the {@link TargetFlags} that `resolveTargetConfig` validates. */
export function targetFlagsFrom(values: Parsed): TargetFlags {
  const flags: Record<string, string | boolean | undefined> = {
    target: text(values.target),
    region: text(values.region),
    accountId: text(values['account-id']),
    unsigned: values.unsigned === true ? true : undefined,
    profile: text(values.profile),
    rate: text(values.rate),
    timeBudget: text(values['time-budget']),
    connectTimeout: text(values['connect-timeout']),
    firstByteTimeout: text(values['first-byte-timeout']),
    idleTimeout: text(values['idle-timeout']),
    requestTimeout: text(values['request-timeout']),
  };
  return Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined)) as TargetFlags;
}
