import { describe, expect, it } from 'vitest';
import { judge } from '../src/checks/judge';
import { PROFILES } from '../src/profile/profile';
import { archiveContent } from './model/archive-content';
import { expectedOutput, modelArchive } from './model/glacier-model';

const MiB = 1024 * 1024;

describe('the aws profile accepts the tree-hash header either way on a megabyte-aligned range of a whole-archive job (§9, issue 13)', () => {
  // Six leaves, the last short: bytes 1 MiB..3 MiB-1 are megabyte aligned but no node of its tree.
  const archive = modelArchive('a', archiveContent(5 * MiB + 17, 1), '');
  const retrieved = { start: 0, end: archive.content.length - 1 };
  const range = { start: MiB, end: 3 * MiB - 1 };
  const expected = expectedOutput(archive, retrieved, range);
  const output = (headers: Record<string, string>) => ({ kind: 'archive' as const, outputSize: archive.content.length, requestRange: range, response: { status: 206, headers, bytes: 2 * MiB }, expected });
  const presence = (profile: string, headers: Record<string, string>) =>
    judge('tree-hash.output-header-presence', { output: output(headers), reading: PROFILES[profile]!.outputTreeHash });

  it('the model sees the range as megabyte aligned and not tree-hash aligned', () => {
    expect(expected).toMatchObject({ megabyteAligned: true, treeHashAligned: false });
  });

  it('aws and aws-2012 accept the header present and absent; reference holds it absent', () => {
    for (const profile of ['aws', 'aws-2012']) {
      expect(presence(profile, {}), profile).toEqual([]);
      expect(presence(profile, { 'x-amz-sha256-tree-hash': 'ab'.repeat(32) }), profile).toEqual([]);
    }
    expect(presence('reference', {})).toEqual([]);
    expect(presence('reference', { 'x-amz-sha256-tree-hash': 'ab'.repeat(32) })).toHaveLength(1);
  });
});
