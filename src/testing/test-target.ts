import { openTarget, type OpenedTarget, type OpenTargetOptions } from '../transport/open-target';
import { resolveTargetConfig, type TargetConfig } from '../transport/target-config';

/**
 * The production wiring (openTarget) for a test: the documented defaults of
 * an unsigned `--target URL` (or the embedded target without one), with
 * `config` replacing any of them. Close it in the test that opened it.
 */
export function openTestTarget(url: string | undefined, config: Partial<TargetConfig> = {}, options: OpenTargetOptions = {}): Promise<OpenedTarget> {
  const base = resolveTargetConfig(url === undefined ? {} : { target: url, unsigned: true }, {});
  return openTarget({ ...base, ...config }, options);
}
