import { REALISMS, realismConfig, type RealismConfig } from '../reference/realism/realism-config';
import { parseIntegerFlag } from './parse-flags';
import { UsageError } from '../core/usage-error';


export interface RealismFlagValues {
  readonly realism?: string | undefined;
  readonly 'time-scale'?: string | undefined;
  readonly 'throttle-rate'?: string | undefined;
}

/** `--realism NAME [--time-scale K] [--throttle-rate N]` → the mode, or undefined without `--realism`. */
export function parseRealismFlags(command: string, values: RealismFlagValues): RealismConfig | undefined {
  const name = values.realism;
  if (name === undefined) {
    const stray = values['time-scale'] !== undefined ? 'time-scale' : values['throttle-rate'] !== undefined ? 'throttle-rate' : undefined;
    if (stray) throw new UsageError(`${command}: --${stray} needs --realism aws`);
    return undefined;
  }
  const base = REALISMS[name];
  if (!base) throw new UsageError(`${command}: --realism takes ${Object.keys(REALISMS).join(', ')}, got '${name}'`);
  const timeScale = parseIntegerFlag(command, 'time-scale', values['time-scale'], { min: 1, max: 1_000_000 });
  const rate = parseIntegerFlag(command, 'throttle-rate', values['throttle-rate'], { min: 0, max: 100_000 });
  return realismConfig({
    ...(timeScale !== undefined ? { timeScale } : {}),
    ...(rate !== undefined ? { throttle: { ratePerSecond: rate, burst: Math.max(1, 2 * rate) } } : {}),
  }, base);
}
