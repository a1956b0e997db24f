/** Exit codes of every command, as design.md's command line defines them. */
export const ExitCode = {
  /** Every check passed (or the command did its job). */
  Ok: 0,
  /** At least one check failed. */
  Failed: 1,
  /** Usage, configuration or spec error, with a one-line reason. */
  Usage: 2,
  /** Nothing failed, but the target could not be tested fully. */
  Inconclusive: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
