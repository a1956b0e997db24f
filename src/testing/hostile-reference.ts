import type { IncomingMessage } from 'node:http';
import { bodyBytes, type ReferenceRequest, type ReferenceResponse } from '../reference/reference-http';
import { createReference } from '../reference/reference-service';
import { startHttpServer, type TestServer } from './test-servers';

/**
 * Test support: the reference Glacier over HTTP on 127.0.0.1 (port 0), with every answer
 * passed through `twist` first, so a test can make a correct target hostile in one place
 * (huge pages, huge error bodies, echoed credentials). Job output bytes pass unchanged.
 */
export type HostileReference = TestServer;

export type Twist = (request: ReferenceRequest, response: ReferenceResponse) => ReferenceResponse;

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

export async function startHostileReference(twist: Twist, jobDelayMs = 200): Promise<HostileReference> {
  const service = createReference({ config: { jobDelayMs, maxJsonBodyBytes: 1024 ** 2 } });
  return startHttpServer((req, res) => {
    // Listening in the handler's own tick: startHttpServer's resume() lets the data flow only after it.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: ReferenceRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: headersOf(req), body: Buffer.concat(chunks) };
      const response = twist(request, service.handle(request));
      const bytes = bodyBytes(response.body);
      res.writeHead(response.status, { ...response.headers, 'content-length': String(bytes.length) });
      res.end(bytes);
    });
  });
}

/** The operation a reference request names, by method and path shape (enough for twisting answers). */
export function operationOf(request: ReferenceRequest): string {
  const path = request.path.split('?')[0]!;
  if (/\/jobs\/[^/]+\/output$/.test(path)) return 'GetJobOutput';
  if (/\/jobs\/[^/]+$/.test(path)) return 'DescribeJob';
  if (/\/jobs$/.test(path)) return request.method === 'POST' ? 'InitiateJob' : 'ListJobs';
  if (/\/archives/.test(path)) return request.method === 'POST' ? 'UploadArchive' : 'DeleteArchive';
  return `${request.method} vault`;
}
