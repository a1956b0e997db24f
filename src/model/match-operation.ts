import type { OperationEntry } from './operations-table';

export interface OperationMatch {
  readonly operation: OperationEntry;
  /** Decoded path parameters, e.g. `{ accountId: '-', vaultName: 'v', jobId: 'J' }`. */
  readonly pathParameters: Readonly<Record<string, string>>;
}

/**
 * The operation a request is for, from its method and path (a query string is
 * ignored). Templates with more literal segments win, so a literal segment is
 * never taken for a label; segments are percent-decoded after matching.
 */
export function matchOperation(entries: readonly OperationEntry[], method: string, path: string): OperationMatch | undefined {
  const segments = path.split('?')[0]!.split('/');
  const candidates = entries
    .filter((entry) => entry.method === method.toUpperCase())
    .map((entry) => ({ entry, template: entry.pathTemplate.split('/') }))
    .filter(({ template }) => template.length === segments.length)
    .sort((a, b) => literalCount(b.template) - literalCount(a.template));
  for (const { entry, template } of candidates) {
    const pathParameters: Record<string, string> = {};
    const matches = template.every((part, index) => {
      const segment = segments[index]!;
      const label = /^\{(.+)\}$/.exec(part)?.[1];
      if (label === undefined) return part === segment;
      if (segment === '') return false;
      pathParameters[label] = safeDecode(segment);
      return true;
    });
    if (matches) return { operation: entry, pathParameters };
  }
  return undefined;
}

function literalCount(template: readonly string[]): number {
  return template.filter((part) => !part.startsWith('{')).length;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
