import type fc from 'fast-check';
import type { Recorder } from './recorder';

/** Records each command as it runs: fast-check runs only those whose precondition held. */
export function narrated<M extends object, R>(command: fc.AsyncCommand<M, R, boolean>, recorder: Recorder): fc.AsyncCommand<M, R, boolean> {
  return {
    check: (model) => command.check(model),
    run: async (model, real) => {
      try {
        await command.run(model, real);
      } finally {
        // After the run: commands resolve positions to concrete archives, jobs and ranges.
        recorder.command(command.toString());
      }
    },
    toString: () => command.toString(),
  };
}
