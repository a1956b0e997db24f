import type { OperationName } from '../core/glacier-api';

export type { OperationName };

/** A request matched to an operation, with its path labels decoded. */
export interface MatchedRoute {
  readonly operation: OperationName;
  readonly accountId: string;
  /** '' for an account-level operation (ListVaults, data retrieval policy, provisioned capacity). */
  readonly vaultName: string;
  readonly jobId: string | null;
  readonly archiveId: string | null;
  readonly uploadId: string | null;
  readonly lockId: string | null;
  readonly query: URLSearchParams;
}

interface Route {
  readonly method: string;
  /** The path segments after `/{accountId}/` (`:label` matches any non-empty segment). */
  readonly segments: readonly string[];
  readonly operation: OperationName;
  /** `?operation=add`: a query value the route requires (AddTagsToVault, RemoveTagsFromVault). */
  readonly operationQuery?: string;
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
  { method: 'PUT', segments: ['vaults', ':vaultName', 'notification-configuration'], operation: 'SetVaultNotifications' },
  { method: 'GET', segments: ['vaults', ':vaultName', 'notification-configuration'], operation: 'GetVaultNotifications' },
  { method: 'DELETE', segments: ['vaults', ':vaultName', 'notification-configuration'], operation: 'DeleteVaultNotifications' },
  { method: 'POST', segments: ['vaults', ':vaultName', 'tags'], operationQuery: 'add', operation: 'AddTagsToVault' },
  { method: 'POST', segments: ['vaults', ':vaultName', 'tags'], operationQuery: 'remove', operation: 'RemoveTagsFromVault' },
  { method: 'GET', segments: ['vaults', ':vaultName', 'tags'], operation: 'ListTagsForVault' },
  { method: 'PUT', segments: ['vaults', ':vaultName', 'access-policy'], operation: 'SetVaultAccessPolicy' },
  { method: 'GET', segments: ['vaults', ':vaultName', 'access-policy'], operation: 'GetVaultAccessPolicy' },
  { method: 'DELETE', segments: ['vaults', ':vaultName', 'access-policy'], operation: 'DeleteVaultAccessPolicy' },
  { method: 'POST', segments: ['vaults', ':vaultName', 'lock-policy'], operation: 'InitiateVaultLock' },
  { method: 'POST', segments: ['vaults', ':vaultName', 'lock-policy', ':lockId'], operation: 'CompleteVaultLock' },
  { method: 'DELETE', segments: ['vaults', ':vaultName', 'lock-policy'], operation: 'AbortVaultLock' },
  { method: 'GET', segments: ['vaults', ':vaultName', 'lock-policy'], operation: 'GetVaultLock' },
  { method: 'GET', segments: ['policies', 'data-retrieval'], operation: 'GetDataRetrievalPolicy' },
  { method: 'PUT', segments: ['policies', 'data-retrieval'], operation: 'SetDataRetrievalPolicy' },
  { method: 'POST', segments: ['provisioned-capacity'], operation: 'PurchaseProvisionedCapacity' },
  { method: 'GET', segments: ['provisioned-capacity'], operation: 'ListProvisionedCapacity' },
];

function decodeSegments(path: string): string[] | undefined {
  try {
    return path.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined; // a malformed %-escape names no resource
  }
}

function matchRoute(route: Route, method: string, rest: readonly string[], query: URLSearchParams): Record<string, string> | undefined {
  if (route.method !== method || route.segments.length !== rest.length) return undefined;
  if (route.operationQuery !== undefined && query.get('operation') !== route.operationQuery) return undefined;
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
    const labels = matchRoute(route, upper, rest, query);
    if (!labels) continue;
    return {
      operation: route.operation,
      accountId: accountId!,
      vaultName: labels.vaultName ?? '',
      jobId: labels.jobId ?? null,
      archiveId: labels.archiveId ?? null,
      uploadId: labels.uploadId ?? null,
      lockId: labels.lockId ?? null,
      query,
    };
  }
  return undefined;
}
