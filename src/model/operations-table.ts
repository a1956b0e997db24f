import { isJsonObject } from '../core/json';
import { resolveRef, type OpenApiModel } from './model';

/** One row of the operations table, derived from the model (not from the facts). */
export interface OperationEntry {
  readonly operationId: string;
  /** Upper case, e.g. `GET`. */
  readonly method: string;
  readonly pathTemplate: string;
  readonly successStatuses: readonly number[];
  readonly errorStatuses: readonly number[];
  /** Exception names of all error responses (`x-glacier-errors`), in model order without repeats. */
  readonly errorCodes: readonly string[];
  /** `x-source` of the operation. */
  readonly source: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation of the model in document order. */
export function operationsTable(model: OpenApiModel): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [pathTemplate, item] of Object.entries(model.paths)) {
    // Document order, so the table reads like the model (InitiateJob before ListJobs).
    for (const [method, operation] of Object.entries(isJsonObject(item) ? item : {})) {
      if (!METHODS.includes(method as (typeof METHODS)[number]) || !isJsonObject(operation)) continue;
      const responses = isJsonObject(operation.responses) ? operation.responses : {};
      const statuses = Object.keys(responses).filter((status) => /^\d{3}$/.test(status)).map(Number);
      const errorCodes = Object.values(responses).flatMap((response) => {
        const codes = resolveRef(model, response)['x-glacier-errors'];
        return Array.isArray(codes) ? codes.map(String) : [];
      });
      entries.push({
        operationId: String(operation.operationId),
        method: method.toUpperCase(),
        pathTemplate,
        successStatuses: statuses.filter((status) => status < 400),
        errorStatuses: statuses.filter((status) => status >= 400),
        errorCodes: [...new Set(errorCodes)],
        source: String(operation['x-source'] ?? ''),
      });
    }
  }
  return entries;
}

/** The table as aligned text columns, for the `operations` command. */
export function formatOperationsTable(entries: readonly OperationEntry[]): string {
  const rows = [
    ['operationId', 'method', 'path', 'success', 'errors', 'error codes'],
    ...entries.map((entry) => [
      entry.operationId,
      entry.method,
      entry.pathTemplate,
      entry.successStatuses.join(','),
      entry.errorStatuses.join(','),
      entry.errorCodes.map((code) => code.replace(/Exception$/, '')).join(', '),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
  return `${lines.join('\n')}\n`;
}
