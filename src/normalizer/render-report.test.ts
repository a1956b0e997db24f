import { describe, expect, it } from 'vitest';
import type { Defect } from './defect';
import { renderReport } from './render-report';

const defects: Defect[] = [
  { kind: 'yaml-quirk', group: 'document', pointer: '', line: 9, finding: 'a | b', action: 'used the first', source: '§8' },
  { kind: 'operation-id', group: 'ListJobs', pointer: '/paths/~1a/get/operationId', line: 3, finding: 'bad id', action: 'operationId: ListJobs', source: '§2.2' },
  { kind: 'operation-id', group: 'DescribeJob', pointer: '/paths/~1b/get/operationId', finding: 'bad id', action: 'operationId: DescribeJob', source: '§2.3' },
];

describe('renderReport', () => {
  const report = renderReport(defects, { seed: 'seed.yaml', model: 'model.yaml' });

  it('counts the defects by kind and in total', () => {
    expect(report).toContain('| yaml-quirk | 1 |\n| operation-id | 2 |\n| **total** | **3** |');
  });

  it('writes one numbered row per defect under its group, with line, pointer and section', () => {
    expect(report).toContain('## Document\n');
    expect(report).toContain('| 2 | 3 | `/paths/~1a/get/operationId` | operation-id | bad id | operationId: ListJobs | §2.2 |');
    expect(report).toContain('## Operation DescribeJob\n');
    expect(report).toContain('| 3 | – | `/paths/~1b/get/operationId` |');
  });

  it('escapes pipes so a finding never splits its cell', () => {
    expect(report).toContain('| 1 | 9 | (document) | yaml-quirk | a \\| b |');
  });

  it('is the same text every time', () => {
    expect(renderReport(defects, { seed: 'seed.yaml', model: 'model.yaml' })).toBe(report);
  });
});
