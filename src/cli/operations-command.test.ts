import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/package-root';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(packageRoot(), 'dist/glacier-conformance.js'), ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('glacier-conformance operations', () => {
  it('prints the header and one row per operation of the model', () => {
    const result = cli('operations');
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatch(/^operationId +method +path +success +errors +error codes$/);
    expect(rows[4]).toMatch(/^GetJobOutput +GET +\/\{accountId\}\/vaults\/\{vaultName\}\/jobs\/\{jobId\}\/output +200,206 +400,403,404,500 +MissingParameterValue, /);
  });

  it('exits 2 with one line for an unknown flag', () => {
    const result = cli('operations', '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("glacier-conformance: operations: Unknown option '--json'\n");
  });
});
