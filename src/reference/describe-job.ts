import { isGlacierError, type GlacierError } from './glacier-errors';
import type { Job } from './glacier-state';
import { describeJob } from './job-description';
import { vaultOf, type Operation, type OperationContext } from './operation';
import { jsonResponse } from './reference-http';

/**
 * The job a request names, or 404 "The job ID was not found: <jobId>" (§4, DG example 1),
 * also for a job that has aged out (§3.3, inferred).
 */
export function jobOf(context: OperationContext): Job | GlacierError {
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const id = context.route.jobId!;
  const job = vault.jobs.get(id);
  if (!job || context.rules.isJobExpired(job, context.now, context.state.config)) return context.rules.unknownJobError(id);
  return job;
}

/**
 * Describe Job (§2.3): 200 with the GlacierJobDescription. §7 item 2 lists a conflict
 * (the DG syntax block says 201 Created); we take 200, as the model and the DG example do.
 */
export const describeJobOperation: Operation = (context) => {
  const job = jobOf(context);
  if (isGlacierError(job)) return job;
  const body = describeJob(job, context.now, context.state.config, context.rules);
  return { state: context.state, response: jsonResponse(200, body) };
};
