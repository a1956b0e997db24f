import { readFileSync } from 'node:fs';
import { FAMILIES, type Family } from '../checks/check-definition';
import { parseProfileFile } from '../profile/profile-file';
import { PROFILES, DEFAULT_PROFILE, EMBEDDED_PROFILE, type Profile } from '../profile/profile';
import { ALL_FAULTS, faultNamed } from '../mutants/faults';
import { RUN_DEFAULTS, runPlan, type RunPlan } from '../run/run-plan';
import { resolveTargetConfig } from '../transport/target-config';
import { awsProfileNames } from './aws-profile-names';
import { TABLE } from './command-table';
import { didYouMean } from './did-you-mean';
import { parseFootprintCaps } from './footprint-flags';
import { parseFlags, parseIntegerFlag } from './parse-flags';
import { parseRealismFlags } from './realism-flags';
import { UsageError } from '../core/usage-error';

export interface RunSettings {
  readonly plan: RunPlan;
  readonly outDir: string;
  readonly shard?: { index: number; count: number };
  readonly fault?: string;
  /** `--plan`: print the footprint bounds and exit, contacting nothing. */
  readonly planOnly: boolean;
  /** `--state FILE`: record what the run creates and continue from it (src/run/resumable-run.ts). */
  readonly stateFile?: string;
  /** Whether --seed was given: a state file of another seed is then another run. */
  readonly seedGiven: boolean;
}

/** `run`'s flags as parsed: the same names and raw values whether they came from argv or from the API's options. */
export type RunFlagValues = ReturnType<typeof parseFlags<typeof TABLE.run>>['values'];

/** Turns `run`'s argv into a validated plan, or a one-line UsageError, before anything is sent. */
export function parseRunFlags(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, now: number): RunSettings {
  return resolveRunSettings(parseFlags(TABLE.run, argv).values, env, now);
}

/** Validates `run`'s flag values into a plan (profile, families, shard, fault, target, limits). */
export function resolveRunSettings(values: RunFlagValues, env: Readonly<Record<string, string | undefined>>, now: number): RunSettings {
  // The realistic reference promises AWS's latencies, not the reference profile's 60 s bound.
  const profile = resolveProfile(values.profile ?? (values.target === undefined && values.realism === undefined ? EMBEDDED_PROFILE : DEFAULT_PROFILE), env);
  const shard = parseShard(values.shard);
  const selected = parseOnly(values.only);
  const families = shard ? selected.filter((_, index) => index % shard.count === shard.index - 1) : selected;
  if (values.fault !== undefined && values.target !== undefined) throw new UsageError('run: --fault selects a faulty variant of the embedded reference; it cannot go with --target');
  const fault = values.fault === undefined ? undefined : faultNamed(values.fault);
  if (values.fault !== undefined && !fault) throw new UsageError(`run: no fault named '${values.fault}'${didYouMean(values.fault, ALL_FAULTS.map((candidate) => candidate.name))} (glacier-conformance serve --list-faults lists them)`);
  const realism = parseRealismFlags('run', values);
  if (realism && values.target !== undefined) throw new UsageError('run: --realism makes the embedded reference behave like AWS; it cannot go with --target (serve --realism aws serves it over HTTP)');
  const seed = values.seed === undefined ? now % 2 ** 31 : parseSeed(values.seed);
  const target = resolveTargetConfig(
    { target: values.target, awsProfile: values['aws-profile'], region: values.region, accountId: values['account-id'], unsigned: values.unsigned, rate: values.rate, timeBudget: values['time-budget'] },
    env,
  );
  const jobTimeout = parseIntegerFlag('run', 'job-timeout', values['job-timeout'], { min: 1, max: 7 * 24 * 3600 });
  return {
    outDir: values.out ?? 'reports/latest',
    planOnly: values.plan ?? false,
    ...(values.state !== undefined ? { stateFile: values.state } : {}),
    seedGiven: values.seed !== undefined,
    ...(shard ? { shard } : {}),
    ...(fault ? { fault: fault.name } : {}),
    plan: runPlan({
      target,
      profile,
      families,
      notSelectedReason: shard ? `not in shard ${shard.index}/${shard.count}` : 'not selected (--only)',
      numRuns: parseIntegerFlag('run', 'runs', values.runs, { min: 1, max: 100_000 }) ?? RUN_DEFAULTS.numRuns,
      seed,
      // A stateless mock (the prism profile) keeps nothing it is sent: like the embedded reference, it is not capped by default.
      caps: parseFootprintCaps(values, target.url !== undefined && !profile.stateless),
      // A URL target's jobs take real time: every family waits for its own at once. The embedded one is CPU-bound.
      concurrency: parseIntegerFlag('run', 'concurrency', values.concurrency, { min: 1, max: 64 }) ?? (target.url === undefined ? RUN_DEFAULTS.concurrency : families.length),
      jobTimeoutMs: jobTimeout === undefined ? RUN_DEFAULTS.jobTimeoutMs : jobTimeout * 1000,
      ...(target.timeBudgetMs !== undefined ? { timeBudgetMs: target.timeBudgetMs } : {}),
      runId: `${seed.toString(36)}-${now.toString(36)}`,
      ...(fault || realism ? { embedded: { ...(fault ? { rules: fault.rules } : {}), ...(realism ? { realism } : {}) } } : {}),
    }),
  };
}

function resolveProfile(nameOrFile: string, env: Readonly<Record<string, string | undefined>>): Profile {
  const builtIn = PROFILES[nameOrFile];
  if (builtIn) return builtIn;
  let text: string;
  try {
    text = readFileSync(nameOrFile, 'utf8');
  } catch {
    const builtIns = Object.keys(PROFILES);
    // An AWS CLI user types --profile for credentials: point them to the flag that means that here.
    if (awsProfileNames(env).has(nameOrFile)) throw new UsageError(`run: '${nameOrFile}' is an AWS credentials profile; sign with it using --aws-profile ${nameOrFile} (or AWS_PROFILE=${nameOrFile}); --profile picks a conformance profile (${builtIns.join(', ')}) or file`);
    throw new UsageError(`run: --profile '${nameOrFile}' is neither a conformance profile (${builtIns.join(', ')})${didYouMean(nameOrFile, builtIns)} nor a readable file; AWS credentials profiles go in --aws-profile`);
  }
  const parsed = parseProfileFile(text, nameOrFile);
  if (!parsed.ok) throw new UsageError(`run: ${parsed.error}`);
  return parsed.profile;
}

function parseOnly(only: string | undefined): Family[] {
  if (only === undefined) return [...FAMILIES];
  const names = only.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.find((name) => !FAMILIES.includes(name as Family));
  if (unknown !== undefined || names.length === 0) throw new UsageError(`run: --only takes families from ${FAMILIES.join(', ')}; got '${unknown ?? only}'${unknown === undefined ? '' : didYouMean(unknown, FAMILIES)}`);
  return FAMILIES.filter((family) => names.includes(family));
}

function parseShard(shard: string | undefined): { index: number; count: number } | undefined {
  if (shard === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(shard);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`run: --shard takes i/n with 1 ≤ i ≤ n, got '${shard}'`);
  return { index, count };
}

function parseSeed(seed: string): number {
  if (!/^-?\d+$/.test(seed) || Math.abs(Number(seed)) > 2 ** 31 - 1) throw new UsageError(`run: --seed takes a whole number between -2147483647 and 2147483647, got '${seed}'`);
  return Number(seed);
}
