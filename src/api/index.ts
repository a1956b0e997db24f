/**
 * glacier-conformance as a library: run the suite from code, serve the
 * reference, read the catalog. `glacier-conformance/vitest` registers the
 * checks as vitest tests.
 */

/* Running */
export { runConformance } from './run-conformance';
export type { ConformanceOptions } from './run-conformance';
export { startReference } from './start-reference';
export type { ReferenceOptions } from './start-reference';

/* The catalog */
export { CATALOG } from '../checks/catalog';
export { FAMILIES } from '../checks/check-definition';
export type { CheckDefinition, Family, Severity, OperationName } from '../checks/check-definition';
export { PROFILES } from '../profile/profile';
export type { Profile } from '../profile/profile';

/* Reports */
export type { ConformanceReport, ReportCheck, ReportFailure, Verdict } from '../report/report-model';
export { exitCodeOf } from '../report/verdict';
export { UsageError } from '../core/usage-error';
