import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../transport/transcript';
import { pendingJobs } from './pending-jobs';

const entry = (operation: string, status: number, headers: Record<string, string>, json?: unknown) =>
  ({ operation, response: { status, headers, bytes: 0, ...(json === undefined ? {} : { json }) } }) as unknown as TranscriptEntry;

describe('pendingJobs', () => {
  it('counts initiated jobs until a Describe Job or a List Jobs page shows them completed', () => {
    const entries = [
      entry('InitiateJob', 202, { 'x-amz-job-id': 'A' }),
      entry('InitiateJob', 202, { 'x-amz-job-id': 'B' }),
      entry('InitiateJob', 400, {}),
      entry('DescribeJob', 200, {}, { JobId: 'A', Completed: false }),
    ];
    expect(pendingJobs(entries)).toBe(2);
    expect(pendingJobs([...entries, entry('DescribeJob', 200, {}, { JobId: 'A', Completed: true })])).toBe(1);
    expect(pendingJobs([...entries, entry('ListJobs', 200, {}, { JobList: [{ JobId: 'A', Completed: true }, { JobId: 'B', Completed: true }], Marker: null })])).toBe(0);
  });
});
