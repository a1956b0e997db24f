import { isFirstInventoryGate, type Refusal } from '../src/checks/refusals';
import { TargetRefusal } from '../src/engine/check-failure';
import { InitiateInventoryJobCommand } from './commands/initiate-inventory-job';
import type { GlacierReal } from './glacier-real';
import type { GlacierModel } from './model/glacier-model';
import { noteRefusal } from './observe';

/** One step of the preparation stage: runs the command, keeps what it found, never throws a refusal. */
export type PreparationStep = (command: { run(model: GlacierModel, real: GlacierReal): Promise<void>; toString(): string }) => Promise<void>;

const gateRefusal = (error: unknown): error is TargetRefusal & Refusal =>
  error instanceof TargetRefusal && error.code !== undefined && error.reason !== undefined && isFirstInventoryGate({ code: error.code, reason: error.reason });

/**
 * The fixture inventories of a family (FamilyFixtures.inventories), initiated once the
 * vault has its first inventory: a fresh vault refuses inventory jobs until then (404
 * ResourceNotFoundException, §9.1), so the first one is tried again with doubling
 * intervals (capped like awaitCompletion's polls) until --job-timeout has passed since
 * the vault's first upload, `firstUploadAt`. On the embedded reference the scheduler is a
 * virtual clock and the wait costs nothing; against real Glacier (a day) it runs out, and
 * the inventories are refusals with the gate's reason, their checks inconclusive, never failed.
 */
export async function initiateFixtureInventories(
  formats: readonly ('JSON' | 'CSV')[],
  model: GlacierModel,
  real: GlacierReal,
  step: PreparationStep,
  firstUploadAt: number,
): Promise<void> {
  const deadline = firstUploadAt + real.jobTimeoutMs;
  let gate: TargetRefusal | undefined;
  for (const format of formats) {
    const command = new InitiateInventoryJobCommand(format, `prepared ${format} inventory`, 'none', { handles: (refusal) => isFirstInventoryGate(refusal) });
    await step({
      run: async (m, r) => {
        if (gate) throw gate; // the gate outlasted the wait for the first: every later inventory is refused alike
        for (let interval = real.pollIntervalMs; ; interval = Math.min(interval * 2, 30 * real.pollIntervalMs)) {
          try {
            return await command.run(m, r);
          } catch (error) {
            if (!gateRefusal(error)) throw error;
            if (real.scheduler.now() + interval > deadline) {
              gate = new TargetRefusal(
                `${error.message}; awaited ${Math.round((real.scheduler.now() - firstUploadAt) / 1000)} s from the vault's first upload (--job-timeout ${Math.round(real.jobTimeoutMs / 1000)} s)`,
                error.code,
                error.reason,
              );
              noteRefusal(real, error.reason);
              throw gate;
            }
            await real.scheduler.sleep(interval);
          }
        }
      },
      toString: () => `${command.toString()}, awaiting the vault's first inventory`,
    });
  }
}
