import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPacked } from '../testing/install-packed';

const app = mkdtempSync(join(tmpdir(), 'gc-package-'));
let files: string[] = [];
beforeAll(() => {
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'user-app', version: '1.0.0', type: 'module', private: true }));
  files = installPacked(app).files;
}, 180_000);
afterAll(() => rmSync(app, { recursive: true, force: true }));

const run = (command: string, args: readonly string[]) => spawnSync(command, args, { cwd: app, encoding: 'utf8', timeout: 120_000, env: { ...process.env, VITEST: undefined, VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined, NODE_OPTIONS: undefined } });

describe('the package as a user installs it', () => {
  it('ships only what runs: the bundles, types, specs, docs, examples, README and LICENSE', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'dist/glacier-conformance.js', 'dist/index.js', 'dist/vitest.js', 'dist/types/src/api/index.d.ts', 'specs/glacier-jobs.openapi.yaml', 'specs/report.schema.json', 'docs/checks.md']));
    expect(files.filter((file) => /^(src|properties)\//.test(file) || file.endsWith('.test.ts'))).toEqual([]);
  });

  it('runs the CLI from node_modules/.bin', () => {
    expect(run('node_modules/.bin/glacier-conformance', ['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(join(app, 'node_modules/glacier-conformance/package.json'), 'utf8')).version);
    const result = run('node_modules/.bin/glacier-conformance', ['run', '--only', 'errors', '--runs', '2', '--seed', '1', '--out', 'reports']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/verdict: partial/);
  }, 60_000);

  it('imports the API: startReference, runConformance against it, the catalog, with types a NodeNext project accepts', () => {
    writeFileSync(join(app, 'use-api.ts'), [
      "import { CATALOG, runConformance, startReference, type ConformanceReport } from 'glacier-conformance';",
      'const reference = await startReference({ jobDelayMs: 0 });',
      "const report: ConformanceReport = await runConformance({ target: reference.url, unsigned: true, profile: 'reference', families: ['errors', 'limits'], runs: 2, seed: 1 });",
      'await reference.close();',
      '// @ts-expect-error the types are real: a verdict is a string union, not a number (fails if they resolved to any)',
      'const wrong: number = report.verdict;',
      "console.log(JSON.stringify({ checks: CATALOG.length, verdict: report.verdict, passed: report.counts.passed, omitted: report.omitted?.families.length }));",
      '',
    ].join('\n'));
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, outDir: 'built', skipLibCheck: true, types: ['node'], lib: ['ES2023', 'DOM'] }, files: ['use-api.ts'] }));
    // skipLibCheck keeps this fast; the @ts-expect-error above fails if our declarations did not resolve.
    const typecheck = run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    const result = run(process.execPath, ['built/use-api.js']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ checks: 47, verdict: 'partial', passed: 11, omitted: 6 });
  }, 90_000);

  it('registers one vitest test per check in a user test file, shown by their JUnit reporter', () => {
    writeFileSync(join(app, 'conformance.test.js'), "import { conformanceTests } from 'glacier-conformance/vitest';\nconformanceTests({ families: ['errors', 'limits'], runs: 2, seed: 1 });\n");
    const result = run('node_modules/.bin/vitest', ['run', '--root', app, '--reporter=junit', '--outputFile=junit.xml']);
    expect(result.status, result.stderr).toBe(0);
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(join(app, 'junit.xml'), 'utf8'));
    const cases = [junit.testsuites.testsuite].flat().flatMap((suite: { testcase: unknown }) => [suite.testcase].flat()) as { name: string }[];
    expect(cases).toHaveLength(11);
    expect(cases.map((testcase) => testcase.name)).toEqual(expect.arrayContaining([expect.stringContaining('errors.unknown-job'), expect.stringContaining('limits.in-range-honoured')]));
  }, 90_000);
});
