import { describe, expect, it } from 'vitest';
import { DELAY_MODES, falseAlarmSweep } from '../src/mutants/false-alarms';

/**
 * The fast form of `npm run fuzz` (20 seeds at the default number of runs):
 * the correct reference over consecutive seeds with every job-delay mode and
 * a neighbour initiating unrelated jobs alongside each command. Fewer runs
 * per family, so a rare shape may go unexercised; nothing may fail, and
 * nothing may be left undecided.
 */
describe('the correct reference under varied job delays and unrelated jobs', () => {
  it('raises no false alarm over consecutive seeds', async () => {
    const outcomes = await falseAlarmSweep({ firstSeed: 1, seeds: 2 * DELAY_MODES.length, numRuns: 6 });
    expect(outcomes.map((outcome) => outcome.delays)).toEqual([...DELAY_MODES, ...DELAY_MODES].map((mode) => mode.name));
    expect(outcomes.flatMap((outcome) => outcome.alarms.map((alarm) => ({ seed: outcome.seed, ...alarm })))).toEqual([]);
    // Only the rule no 0 ms target can show may be vacuous, and only then.
    const vacuous = outcomes.flatMap((outcome) => outcome.notRun.map((note) => `${outcome.delays}: ${note.id}`));
    expect(new Set(vacuous)).toEqual(new Set(['0 ms: lifecycle.output-refused-before-completion']));
  });
});
