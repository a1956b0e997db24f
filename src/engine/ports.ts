import type { Diagnostic } from '../core/diagnostic';
import type { ExchangeResponse } from '../core/exchange';

/** How the model waits for jobs: virtual time for the embedded reference, real time for a URL. */
export interface Scheduler {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Validates one response against the normalized model (spec family), returning its diagnostics. */
export type ResponseValidator = (operation: string, response: ExchangeResponse) => Diagnostic[];
