import { systemClock, type Clock } from '../core/clock';
import type { GlacierError } from './glacier-errors';
import type { GlacierState } from './glacier-state';
import { initialState } from './glacier-state';
import { handleRequest, rejectRequest } from './handle-request';
import { referenceConfig, type ReferenceConfig } from './reference-config';
import type { ReferenceRequest, ReferenceResponse } from './reference-http';
import { referenceRules, type ReferenceRules } from './reference-rules';
import type { RealismConfig } from './realism/realism-config';
import { realisticConfig, realisticRules } from './realism/realistic-rules';

export interface ReferenceOptions {
  readonly config?: Partial<ReferenceConfig>;
  /** Replaced rules: how a faulty variant is made (see reference-rules.ts). */
  readonly rules?: Partial<ReferenceRules>;
  /** The realistic mode (`--realism aws`): layered over `rules`, its windows over `config`. */
  readonly realism?: RealismConfig;
  /** Defaults to the wall clock; tests pass a manual one. */
  readonly clock?: Clock;
}

/**
 * The one mutable cell around the pure core: it holds the current state and feeds each
 * request through {@link handleRequest} with the clock's time. Adapters share one of
 * these; requests are handled one at a time, synchronously, so they never interleave.
 */
export interface ReferenceService {
  readonly config: ReferenceConfig;
  readonly rules: ReferenceRules;
  readonly clock: Clock;
  /** The current state (immutable: keep it to compare or replay). */
  readonly state: GlacierState;
  handle(request: ReferenceRequest): ReferenceResponse;
  /** Answers with an error decided outside the core (a signature check, an oversized body). */
  reject(failure: GlacierError): ReferenceResponse;
}

export function createReference(options: ReferenceOptions = {}): ReferenceService {
  const { realism } = options;
  const config = referenceConfig({ ...options.config, ...(realism ? realisticConfig(realism) : {}) });
  const rules = realism ? realisticRules(realism, referenceRules(options.rules)) : referenceRules(options.rules);
  const clock = options.clock ?? systemClock;
  let state = initialState(config);
  return {
    config,
    rules,
    clock,
    get state() {
      return state;
    },
    handle(request) {
      const handled = handleRequest(state, request, clock.now(), rules);
      state = handled.state;
      return handled.response;
    },
    reject(failure) {
      const handled = rejectRequest(state, failure, clock.now(), rules);
      state = handled.state;
      return handled.response;
    },
  };
}
