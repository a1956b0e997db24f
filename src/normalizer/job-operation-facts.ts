import type { ContentFact, OperationFact } from './fact-types';

const VAULT = '/{accountId}/vaults/{vaultName}';
const NOT_FOUND_JOB = { ResourceNotFoundException: 'ResourceNotFoundException.job' };

/** §3.5: the GetJobOutput body's media type follows the job type. */
const JOB_OUTPUT_CONTENT: readonly ContentFact[] = [
  { mediaType: 'application/octet-stream', schema: 'ArchiveBytes', examples: ['ArchiveBytes.one-byte'] },
  { mediaType: 'application/json', schema: 'InventoryDocument', examples: ['GetJobOutput.inventory-json'] },
  { mediaType: 'text/csv', schema: 'InventoryCsv', examples: ['GetJobOutput.inventory-csv'] },
];
const JOB_OUTPUT_HEADERS = ['AcceptRanges', 'OutputTreeHash', 'OutputArchiveDescription'];

/** The four job operations (§2.1–§2.4), in the order the doc presents them. */
export const JOB_OPERATION_FACTS: readonly OperationFact[] = [
  {
    operationId: 'InitiateJob', method: 'post', path: `${VAULT}/jobs`, tag: 'Jobs', source: '§2.1',
    summary: 'Initiate Job',
    description: 'Starts an archive-retrieval, inventory-retrieval or select job. Jobs are asynchronous and cannot be cancelled; an inventory job returns the last inventory Glacier generated (about daily).',
    parameters: [],
    requestBody: {
      required: true, source: '§2.1, §7.1',
      description: 'The JobParameters object itself (not wrapped). Content-Type is not significant: SDKs send application/json.',
      content: [{
        mediaType: 'application/json', schema: 'JobParameters',
        examples: ['InitiateJob.archive-retrieval', 'InitiateJob.inventory-retrieval', 'InitiateJob.select'],
      }],
    },
    success: [{ status: 202, description: 'Accepted; empty body.', source: '§2.1', headers: ['JobLocation', 'JobId', 'JobOutputPath'] }],
    errors: ['ResourceNotFoundException', 'PolicyEnforcedException', 'InvalidParameterValueException', 'MissingParameterValueException', 'InsufficientCapacityException', 'ServiceUnavailableException', 'SerializationException'],
    errorsSource: '§4',
    errorExamples: { ResourceNotFoundException: 'ResourceNotFoundException.archive' },
  },
  {
    operationId: 'ListJobs', method: 'get', path: `${VAULT}/jobs`, tag: 'Jobs', source: '§2.2',
    summary: 'List Jobs',
    description: 'Lists in-progress and recently completed jobs of the vault by initiation time, one page of at most `limit` jobs; follow `Marker` until it is null.',
    parameters: ['ListJobsLimit', 'ListJobsMarker', 'ListJobsStatusCode', 'ListJobsCompleted'],
    success: [{
      status: 200, description: 'One page of jobs.', source: '§2.2', headers: [],
      content: [{ mediaType: 'application/json', schema: 'ListJobsOutput', examples: ['ListJobs.all', 'ListJobs.paged'] }],
    }],
    errors: ['ResourceNotFoundException', 'InvalidParameterValueException', 'MissingParameterValueException', 'ServiceUnavailableException'],
    errorsSource: '§4',
  },
  {
    operationId: 'DescribeJob', method: 'get', path: `${VAULT}/jobs/{jobId}`, tag: 'Jobs', source: '§2.3',
    summary: 'Describe Job',
    description: 'Returns the job. Job IDs stay valid at least 24 hours after completion. (The DG syntax block says 201; its example and the model say 200, §7.2.)',
    parameters: ['JobId'],
    success: [{
      status: 200, description: 'The job.', source: '§2.3, §7.2', headers: [],
      content: [{ mediaType: 'application/json', schema: 'GlacierJobDescription', examples: ['DescribeJob.archive-retrieval', 'DescribeJob.inventory-retrieval'] }],
    }],
    errors: ['ResourceNotFoundException', 'InvalidParameterValueException', 'MissingParameterValueException', 'ServiceUnavailableException'],
    errorsSource: '§4',
    errorExamples: NOT_FOUND_JOB,
  },
  {
    operationId: 'GetJobOutput', method: 'get', path: `${VAULT}/jobs/{jobId}/output`, tag: 'Jobs', source: '§2.4',
    summary: 'Get Job Output',
    description: 'Downloads the output of a completed job: archive bytes, or the inventory as JSON or CSV. A Range (relative to the retrieved range) gives 206; a range starting past the output gives 400, not 416 (§3.5).',
    parameters: ['JobId', 'OutputRange'],
    success: [
      { status: 200, description: 'The whole job output.', source: '§2.4, §3.5', headers: JOB_OUTPUT_HEADERS, content: JOB_OUTPUT_CONTENT },
      {
        status: 206, description: 'The requested range of the job output: a byte slice of the representation the schema describes, so a JSON inventory slice is not a JSON document.',
        source: '§2.4, §3.5', headers: ['ContentRange', ...JOB_OUTPUT_HEADERS], content: JOB_OUTPUT_CONTENT, partialBody: true,
      },
    ],
    errors: ['ResourceNotFoundException', 'InvalidParameterValueException', 'MissingParameterValueException', 'ServiceUnavailableException'],
    errorsSource: '§4',
    errorExamples: { ...NOT_FOUND_JOB, InvalidParameterValueException: 'InvalidParameterValueException.not-ready' },
  },
];
