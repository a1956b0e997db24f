import { TABLE, type CommandName, type CommandSpec } from './command-table';

/**
 * Every subcommand: its entry of the table (flags and help) and a lazy loader
 * so that `treehash` does not pay for loading Prism or ajv.
 * A command returns its exit code; it throws {@link UsageError} for bad input.
 */
export type CommandMain = (argv: readonly string[]) => Promise<number>;

export interface CommandEntry {
  readonly spec: CommandSpec;
  readonly load: () => Promise<CommandMain>;
}

const LOADERS: Record<CommandName, () => Promise<CommandMain>> = {
  // In the order `--help` lists them.
  run: async () => (await import('./run-command')).runCommand,
  replay: async () => (await import('./replay-command')).replayCommand,
  cleanup: async () => (await import('./cleanup-command')).cleanupCommand,
  merge: async () => (await import('./merge-command')).mergeCommand,
  spec: async () => (await import('./spec-command')).specCommand,
  docs: async () => (await import('./docs-command')).docsCommand,
  operations: async () => (await import('./operations-command')).operationsCommand,
  mock: async () => (await import('./mock-command')).mockCommand,
  serve: async () => (await import('./serve-command')).serveCommand,
  treehash: async () => (await import('./treehash-command')).treehashCommand,
};

export const COMMANDS: readonly CommandEntry[] = (Object.keys(LOADERS) as CommandName[]).map((name) => ({ spec: TABLE[name], load: LOADERS[name] }));
