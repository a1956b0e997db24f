import { exceptionExamples, SPECIFIC_ERROR_EXAMPLES } from './error-facts';
import type { ExampleFact } from './fact-types';
import { JOB_EXAMPLES, JOB_PARAMETERS_EXAMPLES } from './job-examples';
import { OUTPUT_EXAMPLES } from './output-examples';

/** Every `components.examples` entry of the model, in the order the model lists them. */
export const EXAMPLE_FACTS: readonly ExampleFact[] = [
  ...JOB_PARAMETERS_EXAMPLES,
  ...JOB_EXAMPLES,
  ...OUTPUT_EXAMPLES,
  ...exceptionExamples(),
  ...SPECIFIC_ERROR_EXAMPLES,
];
