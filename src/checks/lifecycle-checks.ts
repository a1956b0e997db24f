import type { Diagnostic } from '../core/diagnostic';
import { defineChecks } from './check-registry';
import { expectEqual, expectError, expectThat } from './expect';
import type { ExchangeResponse } from '../core/exchange';

type Body = Record<string, unknown>;
const RANK: Record<string, number> = { InProgress: 0, Succeeded: 1, Failed: 1 };

/** What InitiateJob asked for, as DescribeJob must echo it (§2.1, §2.3). */
export interface InitiatedFields {
  readonly Action: 'ArchiveRetrieval' | 'InventoryRetrieval';
  readonly ArchiveId?: string;
  readonly Tier?: string;
  readonly JobDescription?: string;
  readonly Format?: string;
  readonly SNSTopic?: string;
}

export const lifecycleChecks = defineChecks('lifecycle', {
  'lifecycle.status-forward-only': (o: { previous?: string; body: Body }): Diagnostic[] => {
    const now = o.body['StatusCode'];
    if (o.previous === undefined || typeof now !== 'string') return [];
    const forward = o.previous === now || (RANK[o.previous] === 0 && RANK[now] !== undefined);
    return expectThat('body/StatusCode', forward, now, `${o.previous} or a later status (InProgress → Succeeded | Failed, §3.3)`);
  },

  'lifecycle.completed-matches-status': (o: { body: Body }) =>
    expectEqual('body/Completed', o.body['Completed'], o.body['StatusCode'] !== 'InProgress', `StatusCode is ${JSON.stringify(o.body['StatusCode'])}`),

  'lifecycle.completion-date': ({ body }: { body: Body }): Diagnostic[] => {
    const completion = body['CompletionDate'] ?? null;
    if (body['StatusCode'] === 'InProgress') return expectEqual('body/CompletionDate', completion, null, 'the job is InProgress');
    const valid = typeof completion === 'string' && !Number.isNaN(Date.parse(completion));
    const after = valid && typeof body['CreationDate'] === 'string' && Date.parse(completion) >= Date.parse(body['CreationDate']);
    return expectThat('body/CompletionDate', after, completion, `an ISO 8601 date not before CreationDate ${JSON.stringify(body['CreationDate'])}`);
  },

  'lifecycle.output-refused-before-completion': (o: { response: ExchangeResponse }) =>
    expectError(o.response, 400, 'InvalidParameterValueException'),

  'lifecycle.fields-echo-initiation': ({ body, initiated }: { body: Body; initiated: InitiatedFields }): Diagnostic[] => {
    const format = (body['InventoryRetrievalParameters'] as Body | null | undefined)?.['Format'];
    return [
      ...expectEqual('body/Action', body['Action'], initiated.Action),
      ...expectEqual('body/ArchiveId', body['ArchiveId'] ?? null, initiated.ArchiveId ?? null),
      ...expectEqual('body/JobDescription', body['JobDescription'] ?? null, initiated.JobDescription ?? null),
      ...expectEqual('body/SNSTopic', body['SNSTopic'] ?? null, initiated.SNSTopic ?? null),
      // Tier defaults to Standard for archive retrievals; inventory jobs may show any tier (§3.3).
      ...(initiated.Action === 'ArchiveRetrieval' ? expectEqual('body/Tier', body['Tier'], initiated.Tier ?? 'Standard') : []),
      ...(initiated.Action === 'InventoryRetrieval' ? expectEqual('body/InventoryRetrievalParameters/Format', format, initiated.Format ?? 'JSON') : []),
    ];
  },

  /** `elapsedMs` is measured from after InitiateJob answered to before the observing request left: never more than the job's real age. */
  'lifecycle.completes-within-bound': (o: { body: Body; elapsedMs: number; boundMs: number }) =>
    expectThat('body/StatusCode', o.body['StatusCode'] !== 'InProgress' || o.elapsedMs <= o.boundMs, `InProgress ${Math.round(o.elapsedMs / 100) / 10} s after InitiateJob`, `Succeeded or Failed within the profile's bound of ${o.boundMs / 1000} s`),

  'lifecycle.initiate-response': ({ response, vaultName }: { response: ExchangeResponse; vaultName: string }): Diagnostic[] => {
    if (response.status >= 300) return [];
    const jobId = response.headers['x-amz-job-id'];
    const location = response.headers['location'] ?? '';
    const pattern = new RegExp(`^/\\d{12}/vaults/${vaultName.replace(/[.]/g, '\\.')}/jobs/(.+)$`);
    const match = pattern.exec(location);
    return [
      ...expectThat('header:x-amz-job-id', Boolean(jobId), jobId, 'the new JobId'),
      ...expectThat('header:location', match !== null && match[1] === jobId, location, `/<12-digit account>/vaults/${vaultName}/jobs/${jobId ?? '<JobId>'}`),
    ];
  },
});
