/**
 * One problem found in a response, as plain data. Checks return all of them
 * (an empty list means the response passed); they never throw.
 * `message` reads `Received: … / Expected: …` where a value was compared.
 */
export interface Diagnostic {
  /** Catalog id of the rule that produced it, e.g. `spec.response-body-schema`; set by the caller when known. */
  readonly checkId?: string;
  /** Where in the response: `status`, `header:x-amz-job-id`, `body/JobList/0/Completed`, … */
  readonly path: string;
  readonly message: string;
}
