#!/usr/bin/env node
import { terminalText } from '../core/terminal-text';
import { COMMANDS } from './commands';
import { ExitCode } from '../core/exit-code';
import { UsageError } from '../core/usage-error';

function usage(): string {
  const lines = COMMANDS.map((command) => `  glacier-conformance ${command.synopsis}`);
  return ['usage:', ...lines, ''].join('\n');
}

/** Dispatches argv to a subcommand and maps its outcome to an exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? ExitCode.Usage : ExitCode.Ok;
  }
  const entry = COMMANDS.find((command) => command.name === name);
  try {
    if (!entry) throw new UsageError(`unknown command '${name}' (try --help)`);
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
