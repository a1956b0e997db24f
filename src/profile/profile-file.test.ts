import { describe, expect, it } from 'vitest';
import { parseProfileFile } from './profile-file';

describe('parseProfileFile', () => {
  it('extends a built-in profile and adds known deviations', () => {
    const result = parseProfileFile('extends: aws-2012\nname: mine\nknownDeviations:\n  - check: inventory.json-csv-agree\n    reason: no CSV yet\n', 'mine.yaml');
    expect(result).toMatchObject({ ok: true, profile: { name: 'mine', listJobsLimit: { max: 1000, default: 1000 }, knownDeviations: [{ check: 'inventory.json-csv-agree', reason: 'no CSV yet' }] } });
  });

  it('takes the inventory readings, or the base profile\'s (aws: null Tier and snapshots accepted; reference: strict)', () => {
    expect(parseProfileFile('extends: aws', 'p.yaml')).toMatchObject({ ok: true, profile: { inventoryJobTier: 'string-null-or-absent', inventoryContents: 'snapshot' } });
    expect(parseProfileFile('extends: reference', 'p.yaml')).toMatchObject({ ok: true, profile: { inventoryJobTier: 'string-or-absent', inventoryContents: 'live' } });
    expect(parseProfileFile('extends: aws\ninventoryContents: live\ninventoryJobTier: string-or-absent', 'p.yaml')).toMatchObject({ ok: true, profile: { inventoryJobTier: 'string-or-absent', inventoryContents: 'live' } });
  });

  it('takes a job completion bound in seconds, or the base profile\'s', () => {
    expect(parseProfileFile('jobCompletionSeconds: 300', 'p.yaml')).toMatchObject({ ok: true, profile: { jobCompletionBoundMs: 300_000 } });
    expect(parseProfileFile('extends: reference', 'p.yaml')).toMatchObject({ ok: true, profile: { jobCompletionBoundMs: 60_000 } });
    const aws = parseProfileFile('extends: aws', 'p.yaml');
    expect(aws.ok && aws.profile.jobCompletionBoundMs).toBeUndefined();
  });

  it.each([
    ['jobCompletionSeconds: 0', /jobCompletionSeconds must be a whole number/],
    ['jobCompletionSeconds: soon', /jobCompletionSeconds must be a whole number/],
    ['extends: nope', /extends 'nope'/],
    ['colour: blue', /unknown key 'colour'/],
    ['knownDeviations:\n  - check: no.such-check\n    reason: x', /names no check/],
    ['listJobsLimit: { min: 5, default: 2 }', /1 ≤ min ≤ default ≤ max/],
    ['outputTreeHash: sometimes', /outputTreeHash must be/],
    ['inventoryJobTier: maybe', /inventoryJobTier must be/],
    ['inventoryContents: yesterday', /inventoryContents must be/],
    ['[1, 2', /not YAML or JSON/],
    ['- a list', /must be a mapping/],
  ])('rejects %j with a one-line reason', (text, reason) => {
    const result = parseProfileFile(text, 'p.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(reason);
      expect(result.error).not.toContain('\n');
    }
  });
});
