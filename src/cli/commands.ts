/**
 * Every subcommand as data: its name, the synopsis printed by `--help`, and a
 * lazy loader so that `treehash` does not pay for loading Prism or ajv.
 * A command returns its exit code; it throws {@link UsageError} for bad input.
 */
export type CommandMain = (argv: readonly string[]) => Promise<number>;

export interface CommandEntry {
  readonly name: string;
  readonly synopsis: string;
  readonly load: () => Promise<CommandMain>;
}

export const COMMANDS: readonly CommandEntry[] = [
  // Each command module adds one entry here, in the order `--help` lists them.
  {
    name: 'run',
    synopsis:
      'run [--target URL] [--profile NAME|FILE] [--region R] [--account-id ID] [--unsigned] [--runs N] [--seed N] [--only FAMILY,...] [--out DIR] [--job-timeout SECONDS] [--time-budget SECONDS] [--rate REQ_PER_S] [--shard i/n] [--fault NAME]   the suite against a target (default: the embedded reference); report in --out (default reports/latest)',
    load: async () => (await import('./run-command')).runCommand,
  },
  {
    name: 'replay',
    synopsis: 'replay REPORT.json --check ID [--target URL] [--unsigned]   rerun exactly a recorded counterexample and say whether it still fails',
    load: async () => (await import('./replay-command')).replayCommand,
  },
  {
    name: 'merge',
    synopsis: 'merge DIR... [--out DIR]   join the report.json files of shards (run --shard i/n) into one report, all formats',
    load: async () => (await import('./merge-command')).mergeCommand,
  },
  {
    name: 'spec',
    synopsis: 'spec [--check] [--seed FILE] [--out FILE]   normalize the seed into the OpenAPI 3.1 model and its report',
    load: async () => (await import('./spec-command')).specCommand,
  },
  {
    name: 'operations',
    synopsis: 'operations   print the operations table of the normalized model',
    load: async () => (await import('./operations-command')).operationsCommand,
  },
  {
    name: 'mock',
    synopsis: 'mock [--port N]   serve the normalized model with Prism on 127.0.0.1 (default port 4010)',
    load: async () => (await import('./mock-command')).mockCommand,
  },
  {
    name: 'serve',
    synopsis:
      'serve [--host 127.0.0.1] [--port N] [--job-delay-ms N] [--account-id ID] [--region R] [--max-archive-bytes N] [--sns-endpoint ARN=URL]... [--sigv4] [--fault NAME] [--list-faults]   serve the reference Glacier (or a faulty variant of it) over HTTP (default port 4011)',
    load: async () => (await import('./serve-command')).serveCommand,
  },
  {
    name: 'treehash',
    synopsis: 'treehash [FILE|-]   print the SHA-256 tree hash of FILE or standard input',
    load: async () => (await import('./treehash-command')).treehashCommand,
  },
];
