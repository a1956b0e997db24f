import { describe, expect, it } from 'vitest';
import { TABLE } from './command-table';
import { parseFlags, parseIntegerFlag } from './parse-flags';
import { UsageError } from '../core/usage-error';

describe('parseFlags', () => {
  it('returns the values of the flags the table declares', () => {
    const { values } = parseFlags(TABLE.mock, ['--port', '4010']);
    expect(values.port).toBe('4010');
    expect(parseFlags(TABLE.run, ['--unsigned']).values.unsigned).toBe(true);
  });

  it('turns an unknown flag into a one-line UsageError naming it and the closest known flag', () => {
    expect(() => parseFlags(TABLE.mock, ['--prot', '1'])).toThrowError(UsageError);
    expect(() => parseFlags(TABLE.mock, ['--prot', '1'])).toThrowError(/^mock: Unknown option '--prot' \(did you mean '--port'\?\)$/);
    expect(() => parseFlags(TABLE.run, ['--targt', 'http://x'])).toThrowError("run: Unknown option '--targt' (did you mean '--target'?)");
  });

  it('suggests nothing when no flag is close', () => {
    expect(() => parseFlags(TABLE.mock, ['--zzzzzzzz'])).toThrowError(/^mock: Unknown option '--zzzzzzzz'$/);
  });

  it('rejects positionals beyond the allowed count', () => {
    expect(() => parseFlags(TABLE.spec, ['extra'])).toThrowError("spec: unexpected argument 'extra'");
  });
});

describe('parseIntegerFlag', () => {
  it.each([
    ['0', 1, 10],
    ['11', 1, 10],
    ['1.5', 1, 10],
    ['abc', 1, 10],
    ['-3', 1, 10],
  ])('rejects %s outside [%d, %d]', (value, min, max) => {
    expect(() => parseIntegerFlag('serve', 'port', value, { min, max })).toThrowError(/--port takes a whole number/);
  });

  it('accepts a value in range and passes undefined through', () => {
    expect(parseIntegerFlag('serve', 'port', '8080', { min: 0, max: 65535 })).toBe(8080);
    expect(parseIntegerFlag('serve', 'port', undefined, { min: 0, max: 65535 })).toBeUndefined();
  });
});
