/**
 * A mistake of the caller (flag, config, input file, spec), as opposed to a
 * rule the target broke or a crash of the harness. The CLI prints its message
 * as one line and exits with {@link ExitCode.Usage}.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
