import { formatOperationsTable, operationsTable } from '../model/operations-table';
import { loadModel } from '../model/model-file';
import { SpecInputError } from '../core/spec-input-error';
import type { CommandMain } from './commands';
import { ExitCode } from '../core/exit-code';
import { TABLE } from './command-table';
import { parseFlags } from './parse-flags';
import { UsageError } from '../core/usage-error';

/** `operations`: prints the operations table of the committed model (specs/glacier-jobs.openapi.yaml). */
export const operationsCommand: CommandMain = async (argv) => {
  parseFlags(TABLE.operations, argv);
  try {
    process.stdout.write(formatOperationsTable(operationsTable(loadModel())));
  } catch (error) {
    if (error instanceof SpecInputError) throw new UsageError(`operations: ${error.message}`);
    throw error;
  }
  return ExitCode.Ok;
};
