import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs with the CLI's error contract: an unknown flag, a
 * missing value or a stray positional becomes a one-line {@link UsageError}.
 */
export function parseFlags<O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
  maxPositionals = 0,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    // parseArgs messages span lines and mention internals; keep the first sentence.
    const first = String((error as Error).message).split('\n')[0]!.replace(/\. To specify.*$/, '');
    throw new UsageError(`${command}: ${first}`);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`${command}: unexpected argument '${parsed.positionals[maxPositionals]}'`);
  }
  return parsed;
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
