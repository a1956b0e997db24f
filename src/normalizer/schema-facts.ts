import type { JsonSchema } from './fact-types';
import { JOB_DESCRIPTION_SCHEMAS } from './job-description-schemas';
import { JOB_PARAMETERS_SCHEMAS } from './job-parameters-schemas';
import { OUTPUT_SCHEMAS } from './output-schemas';
import { S3_LOCATION_SCHEMAS } from './s3-location-schemas';

/** Every `components.schemas` entry of the model, in the order the model lists them. */
export const SCHEMA_FACTS: { readonly [name: string]: JsonSchema } = {
  ...JOB_PARAMETERS_SCHEMAS,
  ...S3_LOCATION_SCHEMAS,
  ...JOB_DESCRIPTION_SCHEMAS,
  ...OUTPUT_SCHEMAS,
};
