import { describe, expect, it } from 'vitest';
import { isCheckId } from './catalog';
import { judge } from './judge';

const response = { status: 404, headers: {}, bytes: 0, json: { code: 'ResourceNotFoundException', message: 'm', type: 'Client' } };

describe('judge', () => {
  it('runs the check an id names over its observation', () => {
    expect(judge('errors.unknown-job', { response })).toEqual([]);
    expect(judge('errors.unknown-marker', { response }).map((diagnostic) => diagnostic.path)).toEqual(['status', 'body/code']);
  });

  it('accepts only catalog ids, each with its own observation type (checked by tsc)', () => {
    // @ts-expect-error a misspelt id does not compile
    expect(() => judge('errors.unknown-jobs', { response })).toThrow();
    const mismatched = () =>
      // @ts-expect-error an observation of another shape does not compile
      judge('list-jobs.page-within-limit', { response });
    expect(mismatched).toBeTypeOf('function');
  });

  it('tells catalog ids from other strings at the edges (flags, profile files, reports)', () => {
    expect(isCheckId('errors.unknown-job')).toBe(true);
    expect(isCheckId('errors.unknown-jobs')).toBe(false);
    expect(isCheckId(7)).toBe(false);
  });
});
