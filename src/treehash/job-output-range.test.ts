import { describe, expect, it } from 'vitest';
import { toArchiveRange, toOutputRange } from './job-output-range';

const JOB = { start: 2097152, end: 3145732 }; // RetrievalByteRange "2097152-3145732" (§3.5, §6)

describe('toArchiveRange', () => {
  it.each([
    ['bytes=0-1048575 → archive bytes 2097152–3145727 (§3.5)', { start: 0, end: 1048575 }, { start: 2097152, end: 3145727 }],
    ['bytes=1048576-1048580 → the 5 tail bytes (§6)', { start: 1048576, end: 1048580 }, { start: 3145728, end: 3145732 }],
    ['all of the output → the retrieved range', { start: 0, end: 1048580 }, JOB],
  ])('maps %s', (_name, output, archive) => {
    expect(toArchiveRange(JOB, output)).toEqual(archive);
    expect(toOutputRange(JOB, archive)).toEqual(output);
  });

  it('refuses an output range past the retrieved bytes', () => {
    expect(() => toArchiveRange(JOB, { start: 0, end: 1048581 })).toThrowError(RangeError);
  });
});
