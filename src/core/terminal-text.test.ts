import { describe, expect, it } from 'vitest';
import { renderVerdictTable } from '../report/verdict-table';
import { sampleReport } from '../testing/report-fixture';
import { terminalText } from './terminal-text';

const HOSTILE = 'type \u0000 \u001b[31mred\u001b[0m\rover\u0007\u009b2J\u202egnp.exe\u007f';

describe('terminalText', () => {
  it('shows every control character as an escape, so none reaches the terminal', () => {
    const shown = terminalText(HOSTILE);
    expect(shown).toBe('type \\0 \\x1b[31mred\\x1b[0m\\rover\\x07\\x9b2J\\u202egnp.exe\\x7f');
    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
  });

  it('keeps line feeds only when asked, and leaves ordinary text (accents, emoji) alone', () => {
    expect(terminalText('a\nb')).toBe('a\\nb');
    expect(terminalText('a\nb\u001b', { keepNewlines: true })).toBe('a\nb\\x1b');
    expect(terminalText('Größe ✅ 日本')).toBe('Größe ✅ 日本');
  });

  it('the verdict table run prints escapes a target error type with NUL and ESC[31m', () => {
    const report = sampleReport();
    const hostile = { ...report, checks: report.checks.map((check) => (check.status === 'inconclusive' ? { ...check, reason: HOSTILE } : check)) };
    const table = renderVerdictTable(hostile, 'out');
    expect(table).toContain('\\x1b[31mred');
    expect(table).not.toMatch(/[\u0000\u001b\r\u0007\u009b\u202e]/);
  });
});
