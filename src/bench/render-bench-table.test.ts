import { describe, expect, it } from 'vitest';
import { targetCheck } from './bench-result';
import { renderBenchTable } from './render-bench-table';

describe('targetCheck', () => {
  it.each([
    [0.96, '>=', 0.95, true],
    [0.94, '>=', 0.95, false],
    [1.15, '<=', 1.15, true],
    [16, '<', 16, false],
    [15.9, '<', 16, true],
  ] as const)('judges %d %s %d as met=%s', (value, comparator, threshold, met) => {
    expect(targetCheck('x', value, '×', comparator, threshold).met).toBe(met);
  });
});

describe('renderBenchTable', () => {
  it('aligns measurements and targets and lists notes', () => {
    const text = renderBenchTable(
      'demo',
      'a demo benchmark',
      {
        measurements: [{ label: 'raw', value: 1700.04, unit: 'MiB/s' }],
        targets: [targetCheck('ours / raw', 0.9, '×', '>=', 0.95)],
        notes: ['512 MiB'],
      },
      1.25,
    );
    expect(text).toMatchInlineSnapshot(`
      "demo: a demo benchmark (1.3 s)
        raw             1700.0 MiB/s
        ours / raw       0.900 ×      target ≥ 0.95 ×  NOT MET
        · 512 MiB"
    `);
  });
});
