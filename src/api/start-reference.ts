import { startReferenceServer } from '../reference/http-server';
import { faultNamed } from '../mutants/faults';
import { UsageError } from '../core/usage-error';

export interface ReferenceOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: a free port. */
  readonly port?: number;
  /** How long a job stays InProgress (default 1000 ms). */
  readonly jobDelayMs?: number;
  /** A faulty variant (`glacier-conformance serve --list-faults`). */
  readonly fault?: string;
}

/**
 * Starts the reference Glacier over HTTP, as `glacier-conformance serve` does:
 * point your client or `runConformance({ target: url, unsigned: true, profile: 'reference' })` at `url`.
 *
 * @example
 * const reference = await startReference();
 * try { … new GlacierClient({ endpoint: reference.url, region: 'us-east-1' }) … } finally { await reference.close(); }
 */
export async function startReference(options: ReferenceOptions = {}): Promise<{ readonly url: string; close(): Promise<void> }> {
  const fault = options.fault === undefined ? undefined : faultNamed(options.fault);
  if (options.fault !== undefined && !fault) throw new UsageError(`startReference: no fault named '${options.fault}'`);
  const server = await startReferenceServer({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    ...(options.jobDelayMs !== undefined ? { config: { jobDelayMs: options.jobDelayMs } } : {}),
    ...(fault ? { rules: fault.rules } : {}),
  });
  return { url: server.url, close: () => server.close() };
}
