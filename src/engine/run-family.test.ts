import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../checks/catalog';
import { PROFILES } from '../profile/profile';
import type { FamilyDriver } from './family-driver';
import { runFamily } from './run-family';

const checks = CATALOG.filter((check) => check.family === 'lifecycle');

/** A family whose every command outlasts the time limit: the first run never ends in time. */
function slowDriver(ms: number): FamilyDriver<object, object> {
  const command: fc.AsyncCommand<object, object, boolean> = {
    check: () => true,
    run: () => new Promise((resolve) => setTimeout(resolve, ms)),
    toString: () => 'slow',
  };
  return {
    family: 'lifecycle',
    commands: [fc.constant(command)],
    maxCommands: 3,
    start: async () => ({ model: {}, real: {} }),
    finish: async () => undefined,
    undecidedReason: () => undefined,
    retries: () => 0,
  };
}

describe('runFamily under a time limit (issue 15)', () => {
  it('a budget spent before the first run ends is the time budget running out, not "the suite itself failed: null"', async () => {
    const result = await runFamily(slowDriver(300), checks, { numRuns: 5, seed: 1, profile: PROFILES['reference']!, timeLimitMs: 50, now: Date.now });
    for (const check of result.checks) expect(check).toMatchObject({ status: 'inconclusive', reason: 'the time budget ran out after 0 of 5 runs' });
  });
});
