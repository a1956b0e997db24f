import type { Family } from '../checks/check-definition';
import type { FamilyResult } from './check-result';
import type { FamilyProgress } from './family-run-options';

/** What a suite run tells its listeners (the progress display, the live report) as it goes. */
export interface SuiteEvents {
  readonly onFamilyStart?: (family: Family) => void;
  readonly onFamilyEnd?: (result: FamilyResult) => void;
  readonly onProgress?: (progress: FamilyProgress) => void;
}

/** One set of events that calls every listener, in the order given. */
export function allOf(...listeners: readonly SuiteEvents[]): Required<SuiteEvents> {
  return {
    onFamilyStart: (family) => listeners.forEach((listener) => listener.onFamilyStart?.(family)),
    onFamilyEnd: (result) => listeners.forEach((listener) => listener.onFamilyEnd?.(result)),
    onProgress: (progress) => listeners.forEach((listener) => listener.onProgress?.(progress)),
  };
}
