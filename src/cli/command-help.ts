import type { CommandSpec } from './command-table';

/** `glacier-conformance <command> --help`: synopsis, what it does, every flag with its default, examples. */
export function commandHelp(command: CommandSpec): string {
  const flags = Object.entries(command.flags).map(([name, flag]) => ({ left: `--${name}${flag.value ? ` ${flag.value}` : ''}`, flag }));
  const width = Math.max(0, ...flags.map(({ left }) => left.length));
  return [
    `usage: glacier-conformance ${synopsis(command)}`,
    '',
    command.summary,
    '',
    ...(flags.length ? ['flags:', ...flags.map(({ left, flag }) => `  ${left.padEnd(width)}  ${flag.description}${flag.defaultText ? ` (default: ${flag.defaultText})` : ''}`), ''] : []),
    '  --help, -h  print this help',
    '',
    'examples:',
    ...command.examples.map((example) => `  ${example}`),
    '',
  ].join('\n');
}

/** One line: the command, its positionals, `[flags]`. */
export function synopsis(command: CommandSpec): string {
  return [command.name, command.positionals, Object.keys(command.flags).length ? '[flags]' : undefined].filter(Boolean).join(' ');
}

/** `glacier-conformance --help`: one line per command. */
export function globalHelp(commands: readonly CommandSpec[], version: string): string {
  const width = Math.max(...commands.map((command) => synopsis(command).length));
  return [
    `glacier-conformance ${version}: contract tests and model-based fuzzing for the Amazon S3 Glacier jobs API`,
    '',
    'usage:',
    ...commands.map((command) => `  glacier-conformance ${synopsis(command).padEnd(width)}  ${command.summary}`),
    '',
    "'glacier-conformance <command> --help' prints a command's flags, defaults and examples; --version prints the version.",
    '',
  ].join('\n');
}
