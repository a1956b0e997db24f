import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/package-root';
import { parseSeed } from './seed-document';
import { DEFAULT_SEED } from './spec-files';
import { SpecInputError } from '../core/spec-input-error';

const seedText = readFileSync(join(packageRoot(), DEFAULT_SEED), 'utf8');

describe('parseSeed', () => {
  it('reads the seed despite its trailing empty YAML document and reports where that starts', () => {
    const seed = parseSeed(seedText, 'seed');
    expect(seed.swagger.swagger).toBe('2.0');
    const lastLine = seedText.split('\n').length;
    expect(seed.emptyDocumentLines).toEqual([lastLine]);
    expect(seedText.split('\n')[lastLine - 1]).toBe('---');
  });

  it('maps JSON pointers to the lines of their keys', () => {
    const seed = parseSeed(seedText, 'seed');
    const lines = seedText.split('\n');
    const pointer = '/paths/~1{AccountID}~1vaults~1{VaultName}~1jobs~1{JobID}/get/operationId';
    expect(lines[seed.lines.get(pointer)! - 1]).toMatch(/^\s+operationId: describe Job/);
    expect(lines[seed.lines.get('/paths/~1{AccountId}~1vaults~1{VaultName}~1jobs/post/parameters/0')! - 1]).toMatch(/^\s+- type: string$/);
  });

  it('accepts a document with no trailing marker', () => {
    expect(parseSeed('swagger: "2.0"\npaths:\n  /a: {}\n', 's').emptyDocumentLines).toEqual([]);
  });

  it.each([
    ['not YAML', 'swagger: "2.0"\npaths: [unclosed\n', /^s: not YAML: .*\(line \d+\)$/],
    ['a YAML scalar', 'just text', /^s: not a Swagger 2.0 document \(top level is not a mapping\)$/],
    ['OpenAPI 3', 'openapi: 3.0.0\npaths:\n  /a: {}\n', /^s: not a Swagger 2.0 document/],
    ['Swagger 2.0 without paths', 'swagger: "2.0"\ninfo: {}\n', /^s: Swagger 2.0 document without paths$/],
    ['an empty file', '', /^s: not a Swagger 2.0 document/],
  ])('rejects %s with a one-line SpecInputError', (_case, text, message) => {
    let error: unknown;
    try {
      parseSeed(text, 's');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecInputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
