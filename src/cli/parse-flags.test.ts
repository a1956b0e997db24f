import { describe, expect, it } from 'vitest';
import { parseFlags, parseIntegerFlag } from './parse-flags';
import { UsageError } from '../core/usage-error';

describe('parseFlags', () => {
  it('returns the values of known flags', () => {
    const { values } = parseFlags('mock', ['--port', '4010'], { port: { type: 'string' } });
    expect(values.port).toBe('4010');
  });

  it('turns an unknown flag into a one-line UsageError naming it', () => {
    expect(() => parseFlags('mock', ['--prot', '1'], { port: { type: 'string' } })).toThrowError(UsageError);
    try {
      parseFlags('mock', ['--prot', '1'], { port: { type: 'string' } });
    } catch (error) {
      expect((error as Error).message).toMatch(/^mock: Unknown option '--prot'$/);
    }
  });

  it('rejects positionals beyond the allowed count', () => {
    expect(() => parseFlags('spec', ['extra'], {})).toThrowError("spec: unexpected argument 'extra'");
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
