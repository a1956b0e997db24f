import { describe, expect, it } from 'vitest';
import { CATALOG } from '../checks/catalog';
import { PROFILES } from '../profile/profile';
import { initialResults, NOT_YET_RUN } from './initial-results';

const aws = PROFILES['aws']!;
const prism = PROFILES['prism']!;

describe('initialResults', () => {
  it('lists every catalog check once, in catalog order, all not-run', () => {
    const results = initialResults({ families: ['spec'], profile: aws, notSelectedReason: 'not in --only' });
    expect(results.map((result) => result.id)).toEqual(CATALOG.map((check) => check.id));
    expect(new Set(results.map((result) => result.status))).toEqual(new Set(['not-run']));
  });

  it('says why: not applicable to the profile, then not selected, else not yet run', () => {
    const reasons = new Map(initialResults({ families: ['spec', 'lifecycle'], profile: aws, notSelectedReason: 'not in --only' }).map((result) => [result.id, 'reason' in result ? result.reason : '']));
    expect(reasons.get('spec.status-documented')).toBe(NOT_YET_RUN);
    expect(reasons.get('list-jobs.page-within-limit')).toBe('not in --only');
    expect(reasons.get('lifecycle.completes-within-bound')).toMatch(/declares no job completion bound/);
    expect(reasons.get('lifecycle.status-forward-only')).toBe(NOT_YET_RUN);
  });

  it('gives a stateless profile\'s stateful checks its reason even in an unselected family', () => {
    const reasons = new Map(initialResults({ families: ['spec'], profile: prism, notSelectedReason: 'not in --only' }).map((result) => [result.id, 'reason' in result ? result.reason : '']));
    expect(reasons.get('spec.success-status')).toMatch(/stateless target/);
    expect(reasons.get('list-jobs.page-within-limit')).toMatch(/stateless target/);
    expect(reasons.get('spec.request-id')).toBe(NOT_YET_RUN);
  });
});
