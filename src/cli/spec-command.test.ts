import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../core/package-root';

const root = packageRoot();
const seed = join(root, 'specs/aws-glacier-jobs.swagger.yaml');
const temp = mkdtempSync(join(tmpdir(), 'glacier-spec-'));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'dist/glacier-conformance.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('glacier-conformance spec', () => {
  it('finds the committed model and report up to date (--check exits 0)', () => {
    const result = cli('spec', '--check');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('writes byte-identical files on every run', () => {
    const out = join(temp, 'twice', 'model.yaml');
    const report = join(temp, 'twice', 'normalization-report.md');
    expect(cli('spec', '--seed', seed, '--out', out).code).toBe(0);
    const first = [readFileSync(out), readFileSync(report)];
    expect(cli('spec', '--seed', seed, '--out', out).code).toBe(0);
    expect([readFileSync(out), readFileSync(report)]).toEqual(first);
  });

  it('exits 1 with one line naming the file and first differing line when the model was edited', () => {
    const out = join(temp, 'edited', 'model.yaml');
    cli('spec', '--seed', seed, '--out', out);
    const lines = readFileSync(out, 'utf8').split('\n');
    lines[9] = `${lines[9]} # edited`;
    writeFileSync(out, lines.join('\n'));
    const result = cli('spec', '--check', '--seed', seed, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^glacier-conformance: spec --check: \S*model\.yaml differs from the normalizer's output at line 10: .* # edited"; run npm run spec\n$/);
  });

  it('exits 1 when the report is missing', () => {
    const out = join(temp, 'no-report', 'model.yaml');
    cli('spec', '--seed', seed, '--out', out);
    rmSync(join(temp, 'no-report', 'normalization-report.md'));
    const result = cli('spec', '--check', '--seed', seed, '--out', out);
    expect([result.code, result.stderr]).toEqual([1, expect.stringMatching(/normalization-report\.md is missing; run npm run spec\n$/)]);
  });

  it('normalizes a copy of the seed elsewhere to the same model as the committed one', () => {
    const copy = join(temp, 'seed-copy.yaml');
    copyFileSync(seed, copy);
    const out = join(temp, 'copy', 'model.yaml');
    expect(cli('spec', '--seed', copy, '--out', out).code).toBe(0);
    const body = (text: string) => text.split('\n').filter((line) => !line.startsWith('#')).join('\n');
    expect(body(readFileSync(out, 'utf8'))).toBe(body(readFileSync(join(root, 'specs/glacier-jobs.openapi.yaml'), 'utf8')));
  });

  it.each([
    ['a missing seed', () => join(temp, 'nope.yaml'), /seed .*nope\.yaml: no such file$/],
    ['a seed that is not YAML', () => write('bad.yaml', 'swagger: "2.0"\npaths: {a: [\n'), /: not YAML: /],
    ['YAML that is not Swagger', () => write('oas3.yaml', 'openapi: 3.1.0\npaths: {}\n'), /: not a Swagger 2\.0 document/],
    ['Swagger without paths', () => write('empty.yaml', 'swagger: "2.0"\n'), /: Swagger 2\.0 document without paths$/],
    ['a directory as seed', () => temp, /: cannot read \(EISDIR\)$/],
  ])('exits 2 with one line on stderr for %s', (_case, seedPath, message) => {
    const result = cli('spec', '--seed', seedPath(), '--out', join(temp, 'unused', 'model.yaml'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^glacier-conformance: spec: [^\n]+\n$/);
    expect(result.stderr.trimEnd()).toMatch(message);
  });

  it.each([[['--chek']], [['--seed']], [['extra']]])('exits 2 with one line for bad arguments %j', (args) => {
    const result = cli('spec', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^glacier-conformance: spec: [^\n]+\n$/);
  });
});

function write(name: string, text: string): string {
  const path = join(temp, name);
  writeFileSync(path, text);
  return path;
}
