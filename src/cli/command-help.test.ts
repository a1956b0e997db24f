import { describe, expect, it } from 'vitest';
import { TABLE } from './command-table';
import { runCli } from '../testing/cli-process';
import { closestMatch } from './did-you-mean';

describe('help, version and suggestions', () => {
  it.each(Object.keys(TABLE))('%s --help (and -h) prints its flags, defaults and an example, exit 0', (name) => {
    const spec = TABLE[name as keyof typeof TABLE];
    for (const flag of name === 'run' ? ['--help', '-h'] : ['--help']) {
      const { status, stdout } = runCli([name, flag]);
      expect(status).toBe(0);
      expect(stdout).toContain(`usage: glacier-conformance ${name}`);
      for (const flagName of Object.keys(spec.flags)) expect(stdout).toContain(`--${flagName}`);
      expect(stdout).toContain(spec.examples[0]);
    }
  });

  it('shows defaults from the same table the parser reads', () => {
    const { stdout } = runCli(['help', 'run']);
    expect(stdout).toMatch(/--out DIR\s+where the report goes \(default: reports\/latest\)/);
    expect(stdout).toMatch(/--aws-profile NAME/);
  });

  it('prints the version of package.json', () => {
    const { status, stdout } = runCli(['--version']);
    expect(status).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('suggests the closest command, flag and fault on a typo, in one line with exit 2', () => {
    for (const [args, hint] of [
      [['sevre'], "unknown command 'sevre' (did you mean 'serve'?)"],
      [['run', '--targt', 'http://127.0.0.1:1'], "Unknown option '--targt' (did you mean '--target'?)"],
      [['run', '--fault', 'never-complete'], "no fault named 'never-complete' (did you mean 'never-completes'?)"],
      [['serve', '--fault', 'status-regress'], "(did you mean 'status-regresses'?)"],
    ] as const) {
      const { status, stderr } = runCli(args);
      expect(status).toBe(2);
      expect(stderr).toContain(hint);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('closestMatch keeps far-off words unmatched', () => {
    expect(closestMatch('x', ['run', 'spec'])).toBeUndefined();
    expect(closestMatch('merg', ['run', 'merge'])).toBe('merge');
  });
});
