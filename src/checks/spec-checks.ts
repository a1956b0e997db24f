import type { Diagnostic } from '../core/diagnostic';
import { defineChecks } from './check-registry';
import { ERROR_STATUSES, ERROR_TYPES } from './error-codes';
import { expectThat, show } from './expect';
import type { ExchangeResponse } from '../core/exchange';
import { errorBody } from './error-body';

/**
 * The model's verdict on one response (status, headers, body), as produced by
 * the normalized model's response validator. Diagnostics are told apart by
 * path: `status`, `header:<name>`, `body…`.
 */
export interface SpecObservation {
  readonly operation: string;
  readonly response: ExchangeResponse;
  readonly modelDiagnostics: readonly Diagnostic[];
  /** The profile's reading of `Tier` on an inventory job; the model's (a tier or absent) when not given. */
  readonly inventoryJobTier?: InventoryJobTier;
}

/** §3.3, §9: `Tier` on an inventory job, as the model has it (a tier or absent) or also null (a real body may carry null). */
export type InventoryJobTier = 'string-or-absent' | 'string-null-or-absent';

const byPath = (diagnostics: readonly Diagnostic[], test: (path: string) => boolean) =>
  diagnostics.filter((diagnostic) => test(diagnostic.path));

/** `body/Tier` of a DescribeJob, `body/JobList/<n>/Tier` of a ListJobs page: the job's place in the body. */
const TIER_PATH = /^body((?:\/JobList\/\d+)?)\/Tier$/;

/**
 * Whether `path` is the null `Tier` of an inventory job, which the reading `string-null-or-absent`
 * accepts (the model allows null on every optional field but Tier; a real body may carry it, §9).
 */
function isNullInventoryTier(o: SpecObservation, path: string): boolean {
  const match = o.inventoryJobTier === 'string-null-or-absent' ? TIER_PATH.exec(path) : null;
  if (!match) return false;
  const job = (match[1] ?? '').split('/').filter(Boolean).reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], o.response.json);
  const fields = job as Record<string, unknown> | null | undefined;
  return fields?.['Action'] === 'InventoryRetrieval' && fields['Tier'] === null;
}

export const specChecks = defineChecks('spec', {
  'spec.status-documented': (o: SpecObservation) => byPath(o.modelDiagnostics, (path) => path === 'status'),

  'spec.response-headers': (o: SpecObservation) => byPath(o.modelDiagnostics, (path) => path.startsWith('header')),

  'spec.response-body': (o: SpecObservation) => byPath(o.modelDiagnostics, (path) => path.startsWith('body') && !isNullInventoryTier(o, path)),

  'spec.error-body': (o: SpecObservation): Diagnostic[] => {
    if (o.response.status < 400) return [];
    const body = errorBody(o.response);
    if (!body) return [{ path: 'body', message: `Received: ${show(o.response.text ?? '(no JSON body)')}\nExpected: a JSON body {code, message, type} (§4)` }];
    const fields = (['code', 'message', 'type'] as const).flatMap((key) =>
      expectThat(`body/${key}`, typeof body[key] === 'string', body[key], 'a string'),
    );
    const statuses = typeof body.code === 'string' ? ERROR_STATUSES.get(body.code) : undefined;
    return [
      ...fields,
      ...expectThat('body/type', ERROR_TYPES.includes(body.type), body.type, ERROR_TYPES.join(' | ')),
      ...(statuses ? expectThat('status', statuses.includes(o.response.status), o.response.status, `${statuses.join(' or ')} for ${String(body.code)}`) : []),
    ];
  },

  'spec.request-id': (o: SpecObservation) => [
    ...expectThat('header:x-amzn-requestid', Boolean(o.response.headers['x-amzn-requestid']), o.response.headers['x-amzn-requestid'], 'a request id'),
    ...expectThat('header:date', Boolean(o.response.headers['date']), o.response.headers['date'], 'an HTTP date'),
  ],

  /** The model judged the request valid, so the exact success code is owed (§1: clients accept any 2xx). */
  'spec.success-status': (o: { response: ExchangeResponse; expected: readonly number[] }) =>
    expectThat('status', o.expected.includes(o.response.status), o.response.status, o.expected.join(' or ')),
});
