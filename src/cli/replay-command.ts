import { terminalText } from '../core/terminal-text';
import type { CommandMain } from './commands';
import { checkDefinition, isCheckId } from '../checks/catalog';
import type { Profile } from '../profile/profile';
import { faultNamed } from '../mutants/faults';
import { readReport } from '../report/read-report';
import { conformanceRun } from '../run/conformance-run';
import { runPlan } from '../run/run-plan';
import { resolveTargetConfig } from '../transport/target-config';
import { ExitCode } from '../core/exit-code';
import { TABLE } from './command-table';
import { parseFootprintCaps } from './footprint-flags';
import { parseFlags } from './parse-flags';
import { UsageError } from '../core/usage-error';

/**
 * `glacier-conformance replay REPORT.json --check ID [--target URL]`: reruns
 * exactly the recorded counterexample (its family, seed and path) against the
 * original target or another one, and says whether it still fails.
 */
export const replayCommand: CommandMain = async (argv) => {
  const { values, positionals } = parseFlags(TABLE.replay, argv);
  const [path] = positionals;
  if (!path) throw new UsageError('replay: name the report.json to replay from');
  if (!values.check) throw new UsageError('replay: --check ID names the failed check to replay');
  const report = readReport(path);
  const check = report.checks.find((candidate) => candidate.id === values.check);
  if (!check) throw new UsageError(`replay: ${path} has no check '${values.check}'`);
  if (!check.failure) throw new UsageError(`replay: check ${check.id} has no recorded failure in ${path} (status ${check.status})`);
  const targetUrl = values.target ?? report.target.url ?? undefined;
  const fault = targetUrl === undefined && report.target.fault ? faultNamed(report.target.fault) : undefined;
  const target = resolveTargetConfig({ target: targetUrl, awsProfile: values['aws-profile'], region: values.region, accountId: values['account-id'], unsigned: values.unsigned }, process.env);
  process.stdout.write(`replaying ${check.id} (seed ${check.failure.seed}, path ${check.failure.path}) against ${target.description}${fault ? ` (fault ${fault.name})` : ''}\n`);
  const id = check.id;
  if (!isCheckId(id)) throw new UsageError(`replay: ${path} names check '${id}', which is not in this version's catalog`);
  const run = await conformanceRun(
    runPlan({
      target,
      profile: report.profile as Profile,
      families: [checkDefinition(id).family],
      notSelectedReason: 'replaying another check',
      numRuns: 1,
      seed: check.failure.seed,
      caps: parseFootprintCaps({}, target.url !== undefined && !(report.profile as Profile).stateless),
      runId: `replay-${Date.now().toString(36)}`,
      replay: { path: check.failure.path, ...(check.failure.replayPath ? { replayPath: check.failure.replayPath } : {}), relaxed: check.failure.relaxed },
      ...(fault ? { embedded: { rules: fault.rules } } : {}),
    }),
  );
  const result = run.checks.find((candidate) => candidate.id === id);
  if (result === undefined) throw new Error(`replay: the suite returned no result for ${id}`);
  if (result.status === 'failed' || result.status === 'known') {
    const example = result.counterexample;
    const shown = `${example.commands.map((command, index) => `  ${index + 1}. ${command}`).join('\n')}\n${example.diagnostics.map((d) => `  ${d.path}: ${d.message.replace(/\n/g, '\n    ')}`).join('\n')}`;
    process.stdout.write(`still fails: ${check.id}\n${terminalText(shown, { keepNewlines: true })}\n`);
    return ExitCode.Failed;
  }
  if (result.status === 'passed') {
    process.stdout.write(`no longer fails: ${check.id} held on the recorded sequence\n`);
    return ExitCode.Ok;
  }
  process.stdout.write(`could not decide: ${check.id} is ${result.status}${result.reason ? ` (${terminalText(result.reason)})` : ''}\n`);
  return ExitCode.Inconclusive;
};
