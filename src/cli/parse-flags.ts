import { parseArgs } from 'node:util';
import type { CommandSpec, FlagSpec } from './command-table';
import { didYouMean } from './did-you-mean';
import { UsageError } from '../core/usage-error';

type Values<F extends Readonly<Record<string, FlagSpec>>> = { [K in keyof F]?: F[K]['type'] extends 'boolean' ? boolean : F[K] extends { multiple: true } ? string[] : string };

/**
 * `node:util` parseArgs over a command of the table, with the CLI's error
 * contract: an unknown flag (with the closest known one), a missing value or
 * a stray positional becomes a one-line {@link UsageError}.
 */
export function parseFlags<C extends CommandSpec>(command: C, argv: readonly string[]): { values: Values<C['flags']>; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(command.flags).map(([name, flag]) => [name, { type: flag.type, ...(flag.multiple ? { multiple: true } : {}) }]));
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    // parseArgs messages span lines and mention internals; keep the first sentence.
    const first = String((error as Error).message).split('\n')[0]!.replace(/\. To specify.*$/, '');
    const unknown = /^Unknown option '(--?[^'=]+)/.exec(first)?.[1];
    const hint = unknown === undefined ? '' : didYouMean(unknown, Object.keys(command.flags).map((name) => `--${name}`));
    throw new UsageError(`${command.name}: ${first}${hint}`);
  }
  const maxPositionals = command.maxPositionals ?? 0;
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`${command.name}: unexpected argument '${parsed.positionals[maxPositionals]}'`);
  }
  return { values: parsed.values as Values<C['flags']>, positionals: parsed.positionals };
}

/** Parses a whole-number flag value within [min, max], or throws a UsageError naming the flag. */
export function parseIntegerFlag(
  command: string,
  flag: string,
  value: string | undefined,
  range: { min: number; max: number },
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < range.min || Number(value) > range.max) {
    throw new UsageError(`${command}: --${flag} takes a whole number from ${range.min} to ${range.max}, got '${value}'`);
  }
  return Number(value);
}
