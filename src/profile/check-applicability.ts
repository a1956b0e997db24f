import type { CheckDefinition } from '../checks/check-definition';
import type { Profile } from './profile';

/**
 * Why `check` cannot be judged under `profile`, or undefined when it can: a
 * stateless target has no state to check, and a rule that needs a reading the
 * profile does not declare (a job completion bound) has nothing to judge by.
 * Such a check is `not-run` with this reason, never `inconclusive`.
 */
export function notApplicableReason(check: CheckDefinition, profile: Profile): string | undefined {
  if (profile.stateless && check.stateful) return `stateful check: profile ${profile.name} is a stateless target`;
  if (check.needsProfile === 'job-completion-bound' && profile.jobCompletionBoundMs === undefined) {
    return `profile ${profile.name} declares no job completion bound (the latencies of §2.1 are typical, not promised)`;
  }
  return undefined;
}
