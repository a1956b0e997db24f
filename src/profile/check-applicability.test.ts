import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../checks/catalog';
import { notApplicableReason } from './check-applicability';
import { PROFILES } from './profile';

const bound = checkDefinition('lifecycle.completes-within-bound');
const forwardOnly = checkDefinition('lifecycle.status-forward-only');
const statusDocumented = checkDefinition('spec.status-documented');

describe('notApplicableReason', () => {
  it('judges the completion bound only under a profile that declares one', () => {
    expect(notApplicableReason(bound, PROFILES['reference']!)).toBeUndefined();
    expect(notApplicableReason(bound, PROFILES['aws']!)).toMatch(/declares no job completion bound/);
    expect(notApplicableReason(bound, PROFILES['aws-2012']!)).toMatch(/declares no job completion bound/);
  });

  it('leaves stateful checks out against a stateless target, and keeps per-response ones', () => {
    expect(notApplicableReason(forwardOnly, PROFILES['prism']!)).toMatch(/stateless target/);
    expect(notApplicableReason(statusDocumented, PROFILES['prism']!)).toBeUndefined();
    expect(notApplicableReason(forwardOnly, PROFILES['aws']!)).toBeUndefined();
  });
});
