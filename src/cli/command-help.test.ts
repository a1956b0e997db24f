import { describe, expect, it } from 'vitest';
import { commandHelp } from './command-help';
import { TABLE } from './command-table';
import { runCli } from '../testing/cli-process';
import { closestMatch } from './did-you-mean';
import { parseRunFlags } from './run-flags';

describe('help, version and suggestions', () => {
  it.each(Object.keys(TABLE))('%s help lists every flag the parser accepts, its default and an example', (name) => {
    const spec = TABLE[name as keyof typeof TABLE];
    const help = commandHelp(spec);
    expect(help).toContain(`usage: glacier-conformance ${name}`);
    for (const [flag, entry] of Object.entries(spec.flags)) {
      expect(help).toContain(`--${flag}`);
      if ('defaultText' in entry && entry.defaultText) expect(help).toContain(`(default: ${entry.defaultText})`);
    }
    expect(help).toContain(spec.examples[0]);
  });

  it('answers <command> --help, -h and help <command> with exit 0, and --version', () => {
    for (const args of [['run', '--help'], ['serve', '-h'], ['help', 'merge']]) {
      const { status, stdout } = runCli(args);
      expect(status).toBe(0);
      expect(stdout).toBe(commandHelp(TABLE[(args[0] === 'help' ? args[1] : args[0]) as keyof typeof TABLE]));
    }
    const { status, stdout } = runCli(['--version']);
    expect(status).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('suggests the closest command and flag on a typo, in one line with exit 2', () => {
    for (const [args, hint] of [
      [['sevre'], "unknown command 'sevre' (did you mean 'serve'?)"],
      [['run', '--targt', 'http://127.0.0.1:1'], "Unknown option '--targt' (did you mean '--target'?)"],
      [['serve', '--fault', 'status-regress'], "(did you mean 'status-regresses'?)"],
    ] as const) {
      const { status, stderr } = runCli(args);
      expect(status).toBe(2);
      expect(stderr).toContain(hint);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('suggests the closest fault, conformance profile and family of run', () => {
    expect(() => parseRunFlags(['--fault', 'never-complete'], {}, 0)).toThrowError("run: no fault named 'never-complete' (did you mean 'never-completes'?) (glacier-conformance serve --list-faults lists them)");
    expect(() => parseRunFlags(['--profile', 'aws-2021'], {}, 0)).toThrowError(/\(did you mean 'aws-2012'\?\)/);
    expect(() => parseRunFlags(['--only', 'spec,lifecyle'], {}, 0)).toThrowError(/got 'lifecyle' \(did you mean 'lifecycle'\?\)$/);
  });

  it('closestMatch keeps far-off words unmatched', () => {
    expect(closestMatch('x', ['run', 'spec'])).toBeUndefined();
    expect(closestMatch('merg', ['run', 'merge'])).toBe('merge');
  });
});
