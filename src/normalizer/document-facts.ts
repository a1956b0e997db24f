import { GLACIER_API_VERSION } from '../core/glacier-api';
import type { JsonObject } from '../core/json';

/** Top-level facts of the model: identity, endpoint and signing (§1). */
export const DOCUMENT_FACTS = {
  info: {
    title: 'Amazon S3 Glacier jobs API',
    version: GLACIER_API_VERSION,
    description:
      'Job operations (InitiateJob, ListJobs, DescribeJob, GetJobOutput) and the fixture operations of the Glacier vault API, ' +
      'rest-json protocol, normalized from the scraped seed specs/aws-glacier-jobs.swagger.yaml. Every `x-source` names the section ' +
      'of glacier-jobs-api.md a fact comes from; specs/normalization-report.md lists what was changed in the seed and why.',
    'x-source': '§1',
  },
  servers: [
    {
      url: 'https://glacier.{region}.amazonaws.com',
      description: 'Regional endpoint (endpoint prefix `glacier`).',
      variables: { region: { default: 'us-east-1', description: 'AWS region, e.g. us-west-2.' } },
    },
  ],
  tags: [
    { name: 'Jobs', description: 'Asynchronous retrieval jobs (§2.1–§2.4).' },
    { name: 'Vaults', description: 'Vault fixtures (§2.5).' },
    { name: 'Archives', description: 'Archive fixtures (§2.5).' },
  ],
  securitySchemes: {
    SigV4: {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description:
        'AWS Signature Version 4, signing name `glacier`: `Authorization: AWS4-HMAC-SHA256 Credential=…/glacier/aws4_request, ' +
        'SignedHeaders=…, Signature=…` plus `x-amz-date`. Modelled as an apiKey header so generic tools (Prism) can check its presence; ' +
        'they cannot verify the signature.',
      'x-amazon-apigateway-authtype': 'awsSigv4',
      'x-source': '§1',
    },
  },
  security: [{ SigV4: [] }],
} satisfies JsonObject;
