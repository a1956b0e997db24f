import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../core/package-root';
import { MIB } from '../treehash/byte-range';
import { treeHash } from '../treehash/tree-hash';

const CLI = join(packageRoot(), 'dist', 'glacier-conformance.js');
const dir = mkdtempSync(join(tmpdir(), 'treehash-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two 4 MiB reads and a short one: crosses the command's read-buffer boundary. */
const BYTES = Buffer.from(Array.from({ length: 9 * MIB + 3 }, (_, i) => (i * 7 + (i >>> 20)) & 0xff));

function run(args: string[], input?: Buffer) {
  return spawnSync(process.execPath, [CLI, 'treehash', ...args], { input, encoding: 'utf8' });
}

function writeTemp(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('glacier-conformance treehash', () => {
  it('prints the tree hash of a file as HASH  NAME', () => {
    const path = writeTemp('archive.bin', BYTES);
    const result = run([path]);
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 0,
      stdout: `${treeHash(BYTES)}  ${path}\n`,
      stderr: '',
    });
  });

  it.each([[['-']], [[]]])('hashes standard input for args %j and names it -', (args) => {
    const result = run(args, BYTES);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${treeHash(BYTES)}  -\n`);
  });

  it('hashes an empty file to SHA-256 of nothing (§5)', () => {
    const result = run([writeTemp('empty.bin', Buffer.alloc(0))]);
    expect(result.stdout.split('  ')[0]).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each([
    ['a missing file', [join(dir, 'missing.bin')], /^glacier-conformance: treehash: cannot read '.*missing\.bin': .*\(ENOENT\)\n$/],
    ['a directory', [dir], /^glacier-conformance: treehash: cannot read '.*': .*\(EISDIR\)\n$/],
    ['two files', ['a', 'b'], /^glacier-conformance: treehash: unexpected argument 'b'\n$/],
  ])('answers %s with one line on stderr and exit code 2', (_name, args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
