import { join } from 'node:path';
import { createConfig, lint } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/package-root';
import { DEFAULT_MODEL } from '../model/model-file';

/**
 * Warnings of Redocly's `recommended` ruleset we accept, with the reason:
 * - info-license: the model describes AWS's API; it has no license to name.
 * - no-required-schema-properties-undefined: JobParameters' `if/then` rules
 *   require properties the enclosing schema defines; the rule only looks at
 *   siblings (a false positive).
 */
const ACCEPTED_WARNINGS = [
  'info-license #/info',
  'no-required-schema-properties-undefined #/components/schemas/JobParameters/allOf/0/then/required/0',
  'no-required-schema-properties-undefined #/components/schemas/JobParameters/allOf/1/then/not/anyOf/0/required/0',
  'no-required-schema-properties-undefined #/components/schemas/JobParameters/allOf/1/then/not/anyOf/1/required/0',
  'no-required-schema-properties-undefined #/components/schemas/JobParameters/allOf/2/then/required/0',
];

describe('the model under Redocly', () => {
  it('has no errors and only the accepted warnings under the recommended ruleset', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lint({ ref: join(packageRoot(), DEFAULT_MODEL), config });
    const described = problems.map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer ?? ''}`);
    expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message)).toEqual([]);
    expect(described.sort()).toEqual([...ACCEPTED_WARNINGS].sort());
  });

  it('passes the structural OpenAPI 3.1 rules (spec ruleset) with no problem at all', async () => {
    const config = await createConfig({ extends: ['spec'] });
    const problems = await lint({ ref: join(packageRoot(), DEFAULT_MODEL), config });
    expect(problems.map((problem) => problem.message)).toEqual([]);
  });
});
