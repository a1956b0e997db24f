import type { OperationName } from '../core/glacier-api';

export type { OperationName };

/** A request matched to an operation, with its path labels decoded. */
export interface MatchedRoute {
  readonly operation: OperationName;
  readonly accountId: string;
  readonly vaultName: string;
  readonly jobId: string | null;
  readonly archiveId: string | null;
  readonly query: URLSearchParams;
}

/** Routes as data: method and the path segments after `/{accountId}/vaults/` (§2). */
const ROUTES: readonly { method: string; segments: readonly string[]; operation: OperationName }[] = [
  { method: 'PUT', segments: [':vaultName'], operation: 'CreateVault' },
  { method: 'GET', segments: [':vaultName'], operation: 'DescribeVault' },
  { method: 'DELETE', segments: [':vaultName'], operation: 'DeleteVault' },
  { method: 'POST', segments: [':vaultName', 'archives'], operation: 'UploadArchive' },
  { method: 'DELETE', segments: [':vaultName', 'archives', ':archiveId'], operation: 'DeleteArchive' },
  { method: 'POST', segments: [':vaultName', 'jobs'], operation: 'InitiateJob' },
  { method: 'GET', segments: [':vaultName', 'jobs'], operation: 'ListJobs' },
  { method: 'GET', segments: [':vaultName', 'jobs', ':jobId'], operation: 'DescribeJob' },
  { method: 'GET', segments: [':vaultName', 'jobs', ':jobId', 'output'], operation: 'GetJobOutput' },
];

function decodeSegments(path: string): string[] | undefined {
  try {
    return path.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined; // a malformed %-escape names no resource
  }
}

/**
 * Matches `method` and `path` (percent-encoded, with an optional query) to an operation,
 * or returns undefined for a route no implemented operation has (the caller answers 404).
 */
export function routeRequest(method: string, path: string): MatchedRoute | undefined {
  const queryAt = path.indexOf('?');
  const pathname = queryAt < 0 ? path : path.slice(0, queryAt);
  const query = new URLSearchParams(queryAt < 0 ? '' : path.slice(queryAt + 1));
  if (!pathname.startsWith('/')) return undefined;
  const segments = decodeSegments(pathname.slice(1));
  if (!segments || segments.length < 3 || segments[1] !== 'vaults') return undefined;
  const [accountId, , ...rest] = segments;
  for (const route of ROUTES) {
    if (route.method !== method.toUpperCase() || route.segments.length !== rest.length) continue;
    const labels: Record<string, string> = {};
    const matches = route.segments.every((pattern, i) => {
      const segment = rest[i]!;
      if (pattern.startsWith(':')) labels[pattern.slice(1)] = segment;
      return pattern.startsWith(':') ? segment.length > 0 : pattern === segment;
    });
    if (!matches) continue;
    return {
      operation: route.operation,
      accountId: accountId!,
      vaultName: labels.vaultName!,
      jobId: labels.jobId ?? null,
      archiveId: labels.archiveId ?? null,
      query,
    };
  }
  return undefined;
}
