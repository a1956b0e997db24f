import type fc from 'fast-check';
import type { GlacierReal } from '../glacier-real';
import type { GlacierModel } from '../model/glacier-model';
import { call } from '../observe';

export type BadLimitKind = 'zero' | 'negative' | 'above-max' | 'non-numeric' | 'fraction';

/** ListJobs with a limit outside the profile's range or not a number: 400 InvalidParameterValueException (§3.2). */
export class BadLimitCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  private value?: string;

  constructor(readonly kind: BadLimitKind) {}

  check = () => true;

  async run(_model: GlacierModel, real: GlacierReal): Promise<void> {
    const max = real.profile.listJobsLimit.max;
    const value = { zero: '0', negative: '-1', 'above-max': String(max + 1), 'non-numeric': 'abc', fraction: '1.5' }[this.kind];
    this.value = value;
    const response = await call(real, real.client.listJobs({ vaultName: real.vaultName, limit: value }));
    const id = this.kind === 'non-numeric' || this.kind === 'fraction' ? 'limits.non-numeric-rejected' : 'limits.out-of-range-rejected';
    const clampable = this.kind === 'above-max' && real.profile.limitAboveMax === 'rejected-or-clamped' ? { clampableTo: max } : {};
    real.recorder.observe(id, { limit: value, response, ...clampable });
  }

  toString = () => `ListJobs(limit=${this.value ?? this.kind})`;
}
