import { describe, expect, it } from 'vitest';
import type { CheckId } from '../checks/catalog';
import type { CheckResult } from '../engine/check-result';
import { killRow, killSummary } from './kill-matrix';
import { renderKillMatrix, renderReadmeSummary } from './render-kill-matrix';

const failed = (id: CheckId, timeToDetectionMs: number, commands: number): CheckResult => ({
  id,
  status: 'failed',
  observations: 1,
  timeToDetectionMs,
  counterexample: { diagnostics: [], commands: Array.from({ length: commands }, () => 'c'), steps: [], seed: 1, path: '0', relaxed: [], numRuns: 1, numShrinks: 0 },
});
const rows = [
  killRow({ name: 'page-skips-job', family: 'list-jobs', description: 'd' }, 1, [failed('list-jobs.walk-visits-every-job-once', 20, 3), failed('limits.default-applied', 80, 2)], 1),
  killRow({ name: 'page-skips-job', family: 'list-jobs', description: 'd' }, 2, [failed('list-jobs.creation-order', 5, 2)], 1),
  killRow({ name: 'never-completes', family: 'lifecycle', description: 'd' }, 1, [], 1),
  killRow({ name: 'never-completes', family: 'lifecycle', description: 'd' }, 2, [failed('lifecycle.completes-within-bound', 9, 3)], 1),
];

describe('renderReadmeSummary', () => {
  it('gives the headline numbers and one line per fault from its first seed, with the seeds that caught it', () => {
    expect(renderReadmeSummary(rows, killSummary(rows))).toMatchInlineSnapshot(`
      "2 faults × 2 seeds: 3 of 4 runs caught by the family meant to catch the fault (75 %) · median time to detection 0.01 s (longest 0.02 s) · longest shrunk counterexample 3 commands · seeds 1–2

      | fault | family | caught by | detected after | counterexample (commands) | also caught by | caught on seeds |
      | --- | --- | --- | --- | --- | --- | --- |
      | \`page-skips-job\` | list-jobs | \`list-jobs.walk-visits-every-job-once\` | 0.02 s | 3 | limits | 2/2 |
      | \`never-completes\` | lifecycle | **survived** | – | – | – | 1/2 |"
    `);
  });
});

describe('renderKillMatrix', () => {
  it('has a column per family with the first failing check, bold in the family meant to catch the fault', () => {
    const line = renderKillMatrix(rows, killSummary(rows)).split('\n').find((text) => text.startsWith('| `page-skips-job`'));
    expect(line).toBe('| `page-skips-job` | list-jobs | 2/2 |  | **walk-visits-every-job-once** (0.02 s, 3 cmd) | default-applied (0.08 s, 2 cmd) |  |  |  |  |  |');
  });
});
