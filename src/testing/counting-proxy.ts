import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Glacier operations by method and path (glacier-jobs-api.md §2), as a proxy in front of the target sees them. */
export function operationOf(method: string, url: string): string {
  const path = url.split('?')[0]!.split('/').filter(Boolean);
  if (path.length === 2) return 'ListVaults';
  if (path.length === 3) return method === 'PUT' ? 'CreateVault' : method === 'DELETE' ? 'DeleteVault' : 'DescribeVault';
  if (path[3] === 'archives') return method === 'POST' ? 'UploadArchive' : 'DeleteArchive';
  if (path.length === 4) return method === 'POST' ? 'InitiateJob' : 'ListJobs';
  return path.length === 5 ? 'DescribeJob' : 'GetJobOutput';
}

/** A creating request that reached the target and was answered 2xx: the vault, and the id the target gave. */
export interface Created {
  readonly operation: string;
  readonly vault: string;
  readonly id?: string;
}

/**
 * A loopback proxy that counts every request that reaches the target, by operation, what
 * the target created (2xx answers, with the vault and the archive or job id) and the job output
 * bytes it sent back: the real HTTP path, whoever sends the requests (a spawned CLI too).
 */
export async function countingProxy(upstream: string) {
  const counts: Record<string, number> = {};
  const created: Created[] = [];
  const totals = { outputBytes: 0 };
  const server: Server = createServer((req, res) => {
    const operation = operationOf(req.method ?? 'GET', req.url ?? '/');
    counts[operation] = (counts[operation] ?? 0) + 1;
    const forwarded = httpRequest(`${upstream}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      if ((answer.statusCode ?? 500) < 300 && ['CreateVault', 'UploadArchive', 'InitiateJob'].includes(operation)) {
        const vault = decodeURIComponent((req.url ?? '').split('?')[0]!.split('/')[3] ?? '');
        const id = answer.headers['x-amz-archive-id'] ?? answer.headers['x-amz-job-id'];
        created.push({ operation, vault, ...(typeof id === 'string' ? { id } : {}) });
      }
      answer.on('data', (chunk: Buffer) => {
        if (operation === 'GetJobOutput' && (answer.statusCode ?? 500) < 300) totals.outputBytes += chunk.length;
      });
      answer.pipe(res);
    });
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    created,
    totals,
    /** Forgets what was counted, for the next run through the same proxy. */
    reset: () => {
      for (const key of Object.keys(counts)) delete counts[key];
      created.length = 0;
      totals.outputBytes = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
