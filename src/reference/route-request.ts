/** The operations the reference implements (glacier-jobs-api.md §2; the vault API from botocore's model). */
export type OperationName =
  | 'ListVaults'
  | 'CreateVault'
  | 'DescribeVault'
  | 'DeleteVault'
  | 'UploadArchive'
  | 'DeleteArchive'
  | 'InitiateJob'
  | 'ListJobs'
  | 'DescribeJob'
  | 'GetJobOutput'
  | 'InitiateMultipartUpload'
  | 'UploadMultipartPart'
  | 'CompleteMultipartUpload'
  | 'AbortMultipartUpload'
  | 'ListParts'
  | 'ListMultipartUploads';

/** A request matched to an operation, with its path labels decoded. */
export interface MatchedRoute {
  readonly operation: OperationName;
  readonly accountId: string;
  /** '' for an account-level operation (ListVaults, data retrieval policy, provisioned capacity). */
  readonly vaultName: string;
  readonly jobId: string | null;
  readonly archiveId: string | null;
  readonly uploadId: string | null;
  readonly query: URLSearchParams;
}

interface Route {
  readonly method: string;
  /** The path segments after `/{accountId}/` (`:label` matches any non-empty segment). */
  readonly segments: readonly string[];
  readonly operation: OperationName;
}

/** Routes as data: method and the path after `/{accountId}/` (§2, botocore's requestUri). */
const ROUTES: readonly Route[] = [
  { method: 'GET', segments: ['vaults'], operation: 'ListVaults' },
  { method: 'PUT', segments: ['vaults', ':vaultName'], operation: 'CreateVault' },
  { method: 'GET', segments: ['vaults', ':vaultName'], operation: 'DescribeVault' },
  { method: 'DELETE', segments: ['vaults', ':vaultName'], operation: 'DeleteVault' },
  { method: 'POST', segments: ['vaults', ':vaultName', 'archives'], operation: 'UploadArchive' },
  { method: 'DELETE', segments: ['vaults', ':vaultName', 'archives', ':archiveId'], operation: 'DeleteArchive' },
  { method: 'POST', segments: ['vaults', ':vaultName', 'jobs'], operation: 'InitiateJob' },
  { method: 'GET', segments: ['vaults', ':vaultName', 'jobs'], operation: 'ListJobs' },
  { method: 'GET', segments: ['vaults', ':vaultName', 'jobs', ':jobId'], operation: 'DescribeJob' },
  { method: 'GET', segments: ['vaults', ':vaultName', 'jobs', ':jobId', 'output'], operation: 'GetJobOutput' },
  { method: 'POST', segments: ['vaults', ':vaultName', 'multipart-uploads'], operation: 'InitiateMultipartUpload' },
  { method: 'GET', segments: ['vaults', ':vaultName', 'multipart-uploads'], operation: 'ListMultipartUploads' },
  { method: 'PUT', segments: ['vaults', ':vaultName', 'multipart-uploads', ':uploadId'], operation: 'UploadMultipartPart' },
  { method: 'POST', segments: ['vaults', ':vaultName', 'multipart-uploads', ':uploadId'], operation: 'CompleteMultipartUpload' },
  { method: 'DELETE', segments: ['vaults', ':vaultName', 'multipart-uploads', ':uploadId'], operation: 'AbortMultipartUpload' },
  { method: 'GET', segments: ['vaults', ':vaultName', 'multipart-uploads', ':uploadId'], operation: 'ListParts' },
];

function decodeSegments(path: string): string[] | undefined {
  try {
    return path.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined; // a malformed %-escape names no resource
  }
}

function matchRoute(route: Route, method: string, rest: readonly string[]): Record<string, string> | undefined {
  if (route.method !== method || route.segments.length !== rest.length) return undefined;
  const labels: Record<string, string> = {};
  for (const [i, pattern] of route.segments.entries()) {
    const segment = rest[i]!;
    if (pattern.startsWith(':')) {
      if (segment.length === 0) return undefined;
      labels[pattern.slice(1)] = segment;
    } else if (pattern !== segment) return undefined;
  }
  return labels;
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
  if (!segments || segments.length < 2) return undefined;
  const [accountId, ...rest] = segments;
  const upper = method.toUpperCase();
  for (const route of ROUTES) {
    const labels = matchRoute(route, upper, rest);
    if (!labels) continue;
    return {
      operation: route.operation,
      accountId: accountId!,
      vaultName: labels.vaultName ?? '',
      jobId: labels.jobId ?? null,
      archiveId: labels.archiveId ?? null,
      uploadId: labels.uploadId ?? null,
      query,
    };
  }
  return undefined;
}
