import type { CommandMain } from './commands';
import { ExitCode } from '../core/exit-code';
import { terminalText } from '../core/terminal-text';
import { UsageError } from '../core/usage-error';
import { cleanupByRunId, cleanupFromState, type CleanupOutcome } from '../run/cleanup';
import { stateTargetOf, VAULT_PREFIX } from '../run/resumable-run';
import { foreignTarget } from '../run/run-state';
import { lockStateFile, readStateFile, writeStateFile } from '../run/state-file';
import { createStateLedger } from '../run/state-ledger';
import { openTarget } from '../transport/open-target';
import { resolveTargetConfig } from '../transport/target-config';
import { TABLE } from './command-table';
import { parseFlags } from './parse-flags';

/**
 * `glacier-conformance cleanup --state FILE` (or `--target URL --run-id ID`): deletes what a run
 * created, says what the target still refuses, exits 3 while something remains and 0 once nothing
 * does. Idempotent; never sends a delete for a name the state did not record or that lacks the
 * run's exact prefix.
 */
export const cleanupCommand: CommandMain = async (argv) => {
  const { values } = parseFlags(TABLE.cleanup, argv);
  if (values.state === undefined && (values.target === undefined || values['run-id'] === undefined)) {
    throw new UsageError('cleanup: give --state FILE (what a run recorded), or --target URL and --run-id ID (the vaults named after that run)');
  }
  const runId = values['run-id'];
  if (runId !== undefined && !/^[A-Za-z0-9._-]{1,100}$/.test(runId)) throw new UsageError(`cleanup: --run-id takes a run id like 7-mx5t739l (letters, digits, . _ -), got '${runId}'`);
  if (values.state !== undefined) lockStateFile('cleanup', values.state);
  const state = values.state === undefined ? undefined : readStateFile('cleanup', values.state);
  if (values.state !== undefined && !state) throw new UsageError(`cleanup: --state ${values.state} does not exist; nothing was recorded there`);
  if (state && runId !== undefined && runId !== state.runId) throw new UsageError(`cleanup: --state ${values.state} records run ${state.runId}, not --run-id ${runId}`);
  const config = resolveTargetConfig(
    {
      target: values.target ?? state?.target.url,
      awsProfile: values['aws-profile'],
      region: values.region ?? state?.target.region,
      accountId: values['account-id'] ?? state?.target.accountId,
      unsigned: values.unsigned ?? state?.target.signing === 'none',
    },
    process.env,
  );
  if (config.url === undefined) throw new UsageError('cleanup: --target URL is needed (the embedded reference keeps nothing to clean up)');
  if (state) {
    const foreign = foreignTarget(state, stateTargetOf(config));
    if (foreign) throw new UsageError(`cleanup: --state ${values.state} ${foreign}`);
  }
  const ledger = state && values.state !== undefined ? createStateLedger(state, (next) => writeStateFile(values.state!, next), Date.now) : undefined;
  const target = await openTarget(config, ledger ? { ledger } : {});
  let outcome: CleanupOutcome | { error: string };
  try {
    outcome = ledger ? await cleanupFromState(ledger, target.client) : await cleanupByRunId(target.client, config.accountId, VAULT_PREFIX, runId!);
  } finally {
    await target.close();
  }
  if ('error' in outcome) {
    process.stderr.write(`glacier-conformance: cleanup: ${terminalText(outcome.error)}\n`);
    return ExitCode.Inconclusive;
  }
  const id = state?.runId ?? runId!;
  for (const name of outcome.deletedVaults) process.stdout.write(`deleted vault ${terminalText(name)}\n`);
  for (const vault of outcome.remaining) process.stdout.write(`remains: ${terminalText(vault.name)}: ${terminalText(vault.reason)}\n`);
  const deleted = `${outcome.deletedArchives} archive${outcome.deletedArchives === 1 ? '' : 's'} and ${outcome.deletedVaults.length} vault${outcome.deletedVaults.length === 1 ? '' : 's'} deleted`;
  if (outcome.remaining.length === 0) {
    process.stdout.write(`cleanup of run ${id}: ${deleted}; nothing remains\n`);
    return ExitCode.Ok;
  }
  process.stdout.write(`cleanup of run ${id}: ${deleted}; ${outcome.remaining.length} vault${outcome.remaining.length === 1 ? '' : 's'} remain${outcome.remaining.length === 1 ? 's' : ''}: run the same cleanup again after the next inventory (about a day)\n`);
  return ExitCode.Inconclusive;
};
