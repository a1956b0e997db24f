/**
 * The reference Glacier: a pure core over plain data (handleRequest), the rules a
 * faulty variant may replace, and three adapters over the same core (msw handlers,
 * node:http server, SigV4 verification).
 */

/* Core */
export { handleRequest, rejectRequest } from './handle-request';
export { GLACIER_API_VERSION } from '../core/glacier-api';
export type { Handled } from './handle-request';
export { initialState } from './glacier-state';
export type { GlacierState, Vault, Archive, Job, StatusCode, Tier, InventoryFormat } from './glacier-state';
export { DEFAULT_CONFIG, referenceConfig, vaultArn } from './reference-config';
export type { ReferenceConfig } from './reference-config';
export { bodyBytes } from './reference-http';
export type { ReferenceRequest, ReferenceResponse, ResponseBody } from './reference-http';
export { ERROR_TABLE, GlacierErrors, isGlacierError } from './glacier-errors';
export type { GlacierError, GlacierErrorCode } from './glacier-errors';

/* Rules (the seams of faulty variants) */
export { DEFAULT_RULES, referenceRules } from './reference-rules';
export type { ReferenceRules } from './reference-rules';

/* Adapters */
export { createReference } from './reference-service';
export type { ReferenceOptions, ReferenceService } from './reference-service';
export { referenceHandlers } from './msw-handlers';
export { startReferenceServer } from './http-server';
export type { ReferenceServer, ReferenceServerOptions } from './http-server';
export { checkSignatureHeaders, MAX_SKEW_MS, verifySigV4 } from './sigv4-verifier';
export type { PendingSignature, SigV4Context, SigV4Credentials } from './sigv4-verifier';
