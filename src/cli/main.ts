#!/usr/bin/env node
import { terminalText } from '../core/terminal-text';
import { packageVersion } from '../core/package-root';
import { commandHelp, globalHelp } from './command-help';
import { COMMANDS } from './commands';
import { didYouMean } from './did-you-mean';
import { ExitCode } from '../core/exit-code';
import { UsageError } from '../core/usage-error';

const wantsHelp = (args: readonly string[]) => args.some((arg) => arg === '--help' || arg === '-h');

/** Dispatches argv to a subcommand and maps its outcome to an exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const specs = COMMANDS.map((command) => command.spec);
  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`${packageVersion()}\n`);
    return ExitCode.Ok;
  }
  if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    process.stdout.write(globalHelp(specs, packageVersion()));
    return name === undefined ? ExitCode.Usage : ExitCode.Ok;
  }
  const asked = name === 'help' ? rest[0]! : name;
  const entry = COMMANDS.find((command) => command.spec.name === asked);
  try {
    if (!entry) throw new UsageError(`unknown command '${asked}'${didYouMean(asked, specs.map((spec) => spec.name))} (try --help)`);
    if (name === 'help' || wantsHelp(rest)) {
      process.stdout.write(commandHelp(entry.spec));
      return ExitCode.Ok;
    }
    const run = await entry.load();
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`glacier-conformance: ${terminalText(error.message)}\n`);
      return ExitCode.Usage;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A crash of the harness itself: keep the stack, it is our bug to fix.
    process.stderr.write(`glacier-conformance: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
