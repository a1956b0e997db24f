import type { Exchange } from '../core/exchange';
import type { GlacierClient } from '../transport/glacier-client';
import { isTransportFailure } from '../core/exchange-failure';

/** Why a target cannot be tested at all: nothing answers, or what answers is not Glacier. */
export type ProbeVerdict = { readonly ok: true } | { readonly ok: false; readonly kind: 'unreachable' | 'not-glacier'; readonly message: string };

/**
 * Judges the answer to one List Jobs request for a vault that does not exist:
 * a Glacier endpoint answers with a Glacier error body (§4, e.g. 404
 * ResourceNotFoundException, 403 for a bad signature) or, a stateless mock,
 * with a JobList. An HTML page, a 501 or any body that is not Glacier's JSON
 * means no check can be judged, so none is run. Pure.
 */
export function judgeProbe(exchange: Exchange): ProbeVerdict {
  const { outcome, response } = exchange;
  if (!outcome.ok && isTransportFailure(outcome.failure)) return { ok: false, kind: 'unreachable', message: `${outcome.failure.kind}: ${outcome.failure.message}` };
  if (!outcome.ok && (outcome.failure.kind === 'aws-error' || outcome.failure.kind === 'throttled')) return { ok: true };
  const json = response?.json;
  if (outcome.ok && json !== null && typeof json === 'object' && Array.isArray((json as { JobList?: unknown }).JobList)) return { ok: true };
  const type = response?.headers['content-type'] ?? 'no content type';
  return { ok: false, kind: 'not-glacier', message: `List Jobs answered ${response?.status ?? 'nothing'} (${type}) without a Glacier body` };
}

/** Sends the probe (one request; nothing is created) and judges it. */
export async function probeTarget(client: GlacierClient, runId: string): Promise<ProbeVerdict> {
  return judgeProbe(await client.listJobs({ vaultName: `glacier-conformance-probe-${runId}` }));
}

/** Thrown by a run whose target cannot be tested at all; the CLI prints it as one line and exits 3. */
export class UntestableTarget extends Error {
  override readonly name = 'UntestableTarget';
  constructor(readonly kind: 'unreachable' | 'not-glacier', readonly target: string, detail: string) {
    super(kind === 'unreachable' ? `${target} is unreachable: ${detail}` : `${target} is not a Glacier endpoint: ${detail}`);
  }
}
