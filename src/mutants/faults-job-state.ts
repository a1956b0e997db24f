import type { Fault } from './faults';
import { GlacierErrors, errorStatusAndBody } from '../reference/glacier-errors';
import { csvField, selectInventory } from '../reference/inventory';
import { jobStatusAt } from '../reference/job-lifecycle';
import { jsonResponse } from '../reference/reference-http';

/** An S3-style XML error document: what a front end borrowed from S3 would send. */
function xmlError(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message.replace(/[<&]/g, '')}</Message></Error>`;
}

/** Job lifecycle (§2.3, §3.3), inventories (§3.6), errors (§4) and success statuses (§2). */
export const JOB_STATE_FAULTS: readonly Fault[] = [
  {
    name: 'status-regresses',
    family: 'lifecycle',
    description: 'A job goes back to InProgress one second after it Succeeded',
    rules: { jobStatus: (job, now) => (now >= job.readyAt + 1000 ? 'InProgress' : jobStatusAt(job, now)) },
  },
  {
    name: 'never-completes',
    family: 'lifecycle',
    description: 'Jobs stay InProgress for ever',
    rules: { jobStatus: () => 'InProgress' },
  },
  {
    name: 'output-before-completion',
    family: 'lifecycle',
    description: 'GetJobOutput serves a job\'s output while it is still InProgress',
    rules: { isOutputReady: () => true },
  },
  {
    name: 'completed-inconsistent',
    family: 'lifecycle',
    description: 'Completed stays false (and CompletionDate null) after a job Succeeded; only Failed counts as completed',
    rules: { isCompleted: (status) => status === 'Failed' },
  },
  {
    name: 'inventory-misses-newest-archive',
    family: 'inventory',
    description: 'An inventory leaves the most recently uploaded archive out',
    rules: {
      selectInventory: (archives, request) => {
        const selection = selectInventory(archives, request);
        return selection.continuationMarker === null ? { ...selection, archives: selection.archives.slice(0, -1) } : selection;
      },
    },
  },
  {
    name: 'csv-inventory-served-as-json',
    family: 'inventory',
    description: 'A CSV inventory is served with Content-Type application/json',
    rules: { outputContentType: (job) => (job.action === 'ArchiveRetrieval' ? 'application/octet-stream' : 'application/json') },
  },
  {
    name: 'csv-quote-unescaped',
    family: 'inventory',
    description: 'CSV inventories wrap descriptions in quotes but leave a quote inside them unescaped',
    rules: { csvField: (text, alwaysQuote) => (alwaysQuote || /[",]/.test(text) ? `"${text}"` : csvField(text, false)) },
  },
  {
    name: 'unknown-job-500',
    family: 'errors',
    description: 'DescribeJob and GetJobOutput of an unknown JobId answer 500 ServiceUnavailableException',
    rules: { unknownJobError: () => GlacierErrors.internal() },
  },
  {
    name: 'xml-error-body',
    family: 'errors',
    description: 'Errors come as an S3-style XML document instead of the JSON {code, message, type}',
    rules: {
      errorResponse: (failure) => {
        const { status } = errorStatusAndBody(failure);
        const xml = Buffer.from(xmlError(failure.code, failure.message), 'utf8');
        return { status, headers: { 'content-type': 'application/xml' }, body: { kind: 'bytes', source: xml, offset: 0, length: xml.length } };
      },
    },
  },
  {
    name: 'not-found-code-renamed',
    family: 'errors',
    description: 'A vault, job or archive that does not exist is answered 404 NotFoundException instead of ResourceNotFoundException',
    rules: {
      errorResponse: (failure) => {
        const { status, body } = errorStatusAndBody(failure);
        return jsonResponse(status, failure.code === 'ResourceNotFoundException' ? { ...body, code: 'NotFoundException' } : body);
      },
    },
  },
  {
    name: 'describe-job-201',
    family: 'spec',
    description: 'DescribeJob answers 201 Created, as the developer guide\'s syntax block says (§7 item 2), instead of 200',
    rules: { successStatus: (operation, status) => (operation === 'DescribeJob' ? 201 : status) },
  },
];
