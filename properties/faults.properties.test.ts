import { describe, expect, it } from 'vitest';
import type { FoundResult } from '../src/engine/check-result';
import { faultNamed, ONE_FAULT_PER_FAMILY } from '../src/mutants/faults';
import { conformanceRun } from '../src/run/conformance-run';
import { runPlan } from '../src/run/run-plan';
import { PROFILES } from '../src/profile/profile';
import { realismConfig } from '../src/reference/realism/realism-config';
import { RECORDED_BODY_CHARS } from '../src/transport/exchange-record';

/**
 * One fault per family, each against its family alone: the fast subset of
 * `npm run mutants`, which runs every fault against every family.
 */
const SUBSET = ONE_FAULT_PER_FAMILY;

describe('faulty variants of the reference', () => {
  it.each(SUBSET)('[%s] %s is caught by its family with a counterexample of at most 6 commands', async (family, name) => {
    const fault = faultNamed(name)!;
    expect(fault.family).toBe(family);
    const run = await conformanceRun(runPlan({ families: [fault.family], seed: 7, runId: 'fault', embedded: { rules: fault.rules } }));
    const failed = run.checks.filter((check): check is FoundResult => check.status === 'failed');
    expect(failed.length, `${fault.name}: no check of ${fault.family} failed`).toBeGreaterThan(0);
    for (const check of failed) {
      expect(check.id.startsWith(`${fault.family}.`)).toBe(true);
      expect(check.counterexample.commands.length, `${check.id}: ${check.counterexample.commands.join(' | ')}`).toBeLessThanOrEqual(6);
      expect(check.counterexample.steps.flatMap((step) => step.exchanges).length).toBeGreaterThan(0);
    }
    // Issue 15: recorded bodies are capped and job output is never decoded as text, so a failing
    // report stays small (it was 5 MB, with two 993,759-character mojibake fields).
    const evidence = JSON.stringify(failed);
    expect(evidence.length).toBeLessThan(300 * 1024);
    const responses = failed.flatMap((check) => check.counterexample!.steps.flatMap((step) => step.exchanges.map((exchange) => exchange.response)));
    for (const response of responses) {
      expect(response?.text?.length ?? 0).toBeLessThanOrEqual(RECORDED_BODY_CHARS);
      if (response?.headers['content-type'] === 'application/octet-stream') expect(response.text).toBeUndefined();
    }
  });
});

/**
 * Issue 13: one fault per family is still caught when the reference behaves like AWS
 * (--realism aws --time-scale 1000, aws profile): every family reads one prepared vault,
 * and the preparation awaits the first-inventory gate (§9.1) for its fixture inventories.
 */

describe('faulty variants of the realistic reference (--realism aws --time-scale 1000)', () => {
  it.each(SUBSET)('[%s] %s is caught by its family', async (family, name) => {
    const fault = faultNamed(name)!;
    const run = await conformanceRun(
      runPlan({ profile: PROFILES['aws']!, families: [family], numRuns: 10, seed: 7, runId: 'realistic-fault', embedded: { rules: fault.rules, realism: realismConfig({ timeScale: 1000 }) } }),
    );
    const failed = run.checks.filter((check) => check.status === 'failed');
    expect(failed.length, `${name}: no check of ${family} failed`).toBeGreaterThan(0);
    expect(failed.every((check) => check.id.startsWith(`${family}.`))).toBe(true);
  });
});
