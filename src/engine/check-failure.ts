import type { CheckId } from '../checks/catalog';
import type { Diagnostic } from '../core/diagnostic';

/**
 * Thrown inside a property run when an enforced check found a problem: the
 * signal fast-check shrinks on. Carries the catalog id so the shrunk
 * counterexample is attributed to the rule that failed.
 */
export class CheckFailure extends Error {
  override readonly name = 'CheckFailure';
  constructor(
    readonly checkId: CheckId,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    super(`[${checkId}] ${diagnostics.map((diagnostic) => `${diagnostic.path}: ${diagnostic.message}`).join('\n')}`);
  }
}

/**
 * The target could not be asked at all (no response: refused, timeout, reset,
 * budget spent). Not a rule violation: the family's undecided checks become
 * `inconclusive` with this reason, and the family stops asking.
 */
export class TargetProblem extends Error {
  override readonly name: string = 'TargetProblem';
}

/**
 * A footprint cap (--max-vaults, --max-uploads, --max-jobs, --max-retrieved-mib)
 * refused the next request: generation stops there, like for a target problem,
 * but the reason is the run's own limit, not the target.
 */
export class CapReached extends TargetProblem {
  override readonly name = 'CapReached';
}

/**
 * The target declined one request for a reason the rules allow (no capacity, a retrieval
 * policy, throttling left after retries, a vault not yet inventoried). Not a rule violation
 * either: the run ends there unjudged, and the driver's undecided reason says why.
 */
export class TargetRefusal extends Error {
  override readonly name = 'TargetRefusal';
  constructor(
    message: string,
    /** The refusal's error code (InsufficientCapacityException, ...), for a caller that can work around it. */
    readonly code?: string,
    /** Why the refusal leaves the request's checks undecided (src/checks/refusals.ts). */
    readonly reason?: string,
  ) {
    super(message);
  }
}
