import { GLACIER_API_VERSION, GLACIER_VERSION_HEADER } from '../core/glacier-api';
import { deleteArchive } from './delete-archive';
import { describeJobOperation } from './describe-job';
import { GlacierErrors, isGlacierError, type GlacierError } from './glacier-errors';
import type { GlacierState } from './glacier-state';
import { requestId } from './ids';
import { initiateJob } from './initiate-job';
import { getJobOutput } from './job-output';
import { listJobs } from './list-jobs';
import type { Operation, OperationResult } from './operation';
import type { ReferenceRequest, ReferenceResponse } from './reference-http';
import { DEFAULT_RULES, type ReferenceRules } from './reference-rules';
import { routeRequest, type OperationName } from './route-request';
import { completeMultipartUpload } from './complete-multipart-upload';
import { listParts } from './list-parts';
import { listVaults } from './list-vaults';
import { abortMultipartUpload, initiateMultipartUpload, listMultipartUploads } from './multipart-uploads';
import { uploadArchive } from './upload-archive';
import { uploadMultipartPart } from './upload-multipart-part';
import { getDataRetrievalPolicy, listProvisionedCapacity, purchaseProvisionedCapacity, setDataRetrievalPolicy } from './account-settings';
import { abortVaultLock, completeVaultLock, getVaultLock, initiateVaultLock } from './vault-lock';
import {
  addTagsToVault,
  deleteVaultAccessPolicy,
  deleteVaultNotifications,
  getVaultAccessPolicy,
  getVaultNotifications,
  listTagsForVault,
  removeTagsFromVault,
  setVaultAccessPolicy,
  setVaultNotifications,
} from './vault-settings';
import { createVault, deleteVault, describeVault } from './vaults';

const OPERATIONS: Readonly<Record<OperationName, Operation>> = {
  ListVaults: listVaults,
  CreateVault: createVault,
  DescribeVault: describeVault,
  DeleteVault: deleteVault,
  UploadArchive: uploadArchive,
  DeleteArchive: deleteArchive,
  InitiateJob: initiateJob,
  ListJobs: listJobs,
  DescribeJob: describeJobOperation,
  GetJobOutput: getJobOutput,
  InitiateMultipartUpload: initiateMultipartUpload,
  UploadMultipartPart: uploadMultipartPart,
  CompleteMultipartUpload: completeMultipartUpload,
  AbortMultipartUpload: abortMultipartUpload,
  ListParts: listParts,
  ListMultipartUploads: listMultipartUploads,
  SetVaultNotifications: setVaultNotifications,
  GetVaultNotifications: getVaultNotifications,
  DeleteVaultNotifications: deleteVaultNotifications,
  AddTagsToVault: addTagsToVault,
  ListTagsForVault: listTagsForVault,
  RemoveTagsFromVault: removeTagsFromVault,
  SetVaultAccessPolicy: setVaultAccessPolicy,
  GetVaultAccessPolicy: getVaultAccessPolicy,
  DeleteVaultAccessPolicy: deleteVaultAccessPolicy,
  InitiateVaultLock: initiateVaultLock,
  CompleteVaultLock: completeVaultLock,
  AbortVaultLock: abortVaultLock,
  GetVaultLock: getVaultLock,
  GetDataRetrievalPolicy: getDataRetrievalPolicy,
  SetDataRetrievalPolicy: setDataRetrievalPolicy,
  PurchaseProvisionedCapacity: purchaseProvisionedCapacity,
  ListProvisionedCapacity: listProvisionedCapacity,
};

/** The result of one request: the next state and the response to send. */
export interface Handled {
  readonly state: GlacierState;
  readonly response: ReferenceResponse;
}

function dispatch(state: GlacierState, request: ReferenceRequest, now: number, rules: ReferenceRules): OperationResult {
  const route = routeRequest(request.method, request.path);
  if (!route) return GlacierErrors.unknownOperation(request.method, request.path.split('?')[0]!);
  const version = request.headers[GLACIER_VERSION_HEADER];
  // §1: missing → 400 MissingParameterValueException "Required parameter missing: API version".
  if (version === undefined) return GlacierErrors.missingParameter('API version');
  if (version !== GLACIER_API_VERSION) return GlacierErrors.invalidParameter(`The API version is not valid: ${version}`);
  // §1: `-` is the signer's account; another account's id is 403 AccessDeniedException.
  if (route.accountId !== '-' && route.accountId !== state.config.accountId) return GlacierErrors.accessDenied(route.accountId);
  const result = OPERATIONS[route.operation]({ state, request, route, now, rules });
  if (isGlacierError(result)) return result;
  const status = rules.successStatus(route.operation, result.response.status);
  return status === result.response.status ? result : { ...result, response: { ...result.response, status } };
}

/** Adds what every response carries (§1): x-amzn-RequestId and Date. */
function finish(state: GlacierState, response: ReferenceResponse, now: number): Handled {
  const id = requestId(state.config.idSeed, state.counters.requests);
  const counted = { ...state, counters: { ...state.counters, requests: state.counters.requests + 1 } };
  const headers = { ...response.headers, 'x-amzn-requestid': id, date: new Date(now).toUTCString() };
  return { state: counted, response: { ...response, headers } };
}

/** The response for an error (§4): `{code, message, type}` with its status. */
export function rejectRequest(state: GlacierState, failure: GlacierError, now: number, rules: ReferenceRules = DEFAULT_RULES): Handled {
  return finish(state, rules.errorResponse(failure), now);
}

/**
 * The reference Glacier as one pure function: the state before, a request, and the
 * time, in; the state after and the response, out. It never throws and never mutates
 * `state`: a request that fails, even by a bug, leaves the state as it was (but for what
 * admission records: the realistic mode's snapshots and throttle) and gets an AWS-shaped error, so bad input can never crash a server or corrupt what it holds.
 */
export function handleRequest(
  state: GlacierState,
  request: ReferenceRequest,
  now: number,
  rules: ReferenceRules = DEFAULT_RULES,
): Handled {
  let result: OperationResult;
  // Admission (the realistic mode's snapshots and throttle) comes first, and what it records
  // stays even when the request then fails: a throttle counts refused requests too.
  let admitted: GlacierState | GlacierError = state;
  try {
    admitted = rules.admitRequest(state, now);
    result = isGlacierError(admitted) ? admitted : dispatch(admitted, request, now, rules);
  } catch {
    result = GlacierErrors.internal();
  }
  if (isGlacierError(result)) return rejectRequest(isGlacierError(admitted) ? state : admitted, result, now, rules);
  return finish(result.state, result.response, now);
}
