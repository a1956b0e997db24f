import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/package-root';
import { auditSeed } from './audit-seed';
import { arrayAt, isJsonObject, objectAt, pointerOf } from '../core/json';
import { parseSeed } from './seed-document';
import { DEFAULT_SEED } from './spec-files';

const text = readFileSync(join(packageRoot(), DEFAULT_SEED), 'utf8');
const lines = text.split('\n');
const seed = parseSeed(text, 'seed');
const defects = auditSeed(seed);

const JOBS = '/paths/~1{AccountId}~1vaults~1{VaultName}~1jobs';
const DESCRIBE = '/paths/~1{AccountID}~1vaults~1{VaultName}~1jobs~1{JobID}/get';
const OUTPUT = '/paths/~1{AccountId}~1vaults~1{VaultName}~1jobs~1{JobID}~1output/get';

describe('auditSeed on the real seed', () => {
  it.each([
    ['§8', 'yaml-quirk', '', /empty YAML document starts at line 456/, /used the first/],
    ['§1', 'path-label-spelling', '/paths/~1{AccountID}~1vaults~1{VaultName}~1jobs~1{JobID}', /`AccountID` here, `AccountId` in other paths/, /\/\{accountId\}\/vaults\/\{vaultName\}\/jobs\/\{jobId\}$/],
    ['§1', 'undeclared-path-parameter', `${DESCRIBE}/parameters`, /\{AccountID\}, \{VaultName\}, \{JobID\}/, /accountId, vaultName, jobId/],
    ['§2.3', 'operation-id', `${DESCRIBE}/operationId`, /"describe Job \(GET JobID\)"/, /DescribeJob/],
    ['§2.3', 'response-field-as-parameter', `${DESCRIBE}/parameters/4`, /`Completed` \(type string\)/, /GlacierJobDescription\.Completed \(boolean\)/],
    ['§2.4', 'parameter-without-name-or-location', `${OUTPUT}/parameters/0`, /neither name nor location/, /Range header/],
    ['§2.4', 'missing-response', `${OUTPUT}/responses`, /no 206 response/, /Content-Range/],
    ['§2.1', 'wrong-success-status', `${JOBS}/post/responses/200`, /answers 202/, /x-amz-job-id/],
    ['§2.1', 'request-body-field-as-parameter', `${JOBS}/post/parameters/5`, /`Limit`/, /JobParameters\.InventoryRetrievalParameters\.Limit/],
    ['§2.2', 'missing-parameter', `${JOBS}/get/parameters`, /query `limit`, query `marker`, query `statuscode`, query `completed`/, /added/],
    ['§2.2', 'response-field-as-parameter', `${JOBS}/get/parameters/15`, /Marker \(InventoryRetrievalParameters\)/, /JobList\.InventoryRetrievalParameters\.Marker/],
    ['§7.6', 'contradicts-doc', `${JOBS}/get/description`, /default limit is 1000/, /x-glacier-limit/],
    ['§1', 'document-metadata', '/info/version', /"1\.0\.0"/, /2012-06-01/],
  ])('%s: reports %s at %s', (_section, kind, pointer, finding, action) => {
    const matching = defects.filter((defect) => defect.kind === kind && defect.pointer === pointer && finding.test(defect.finding));
    expect(matching).toHaveLength(1);
    expect(matching[0]!.action).toMatch(action);
  });

  it('§2.5: reports the five fixture operations as missing', () => {
    const missing = defects.filter((defect) => defect.kind === 'missing-operation').map((defect) => defect.group);
    expect(missing).toEqual(['CreateVault', 'DescribeVault', 'DeleteVault', 'UploadArchive', 'DeleteArchive']);
  });

  it('accounts for every seed parameter exactly once (none of them is a real wire parameter)', () => {
    for (const [path, item] of Object.entries(objectAt(seed.swagger, 'paths'))) {
      for (const [method, operation] of Object.entries(isJsonObject(item) ? item : {})) {
        arrayAt(operation, 'parameters').forEach((_parameter, index) => {
          const pointer = pointerOf(['paths', path, method, 'parameters', index]);
          expect(defects.filter((defect) => defect.pointer === pointer), pointer).toHaveLength(1);
        });
      }
    }
  });

  it('gives each defect the seed line of the node its pointer names', () => {
    const located = defects.filter((defect) => defect.pointer !== '');
    // Pinned: every located defect of the committed seed (specs/normalization-report.md lists them).
    expect(located.length).toBe(114);
    for (const defect of located) {
      const last = defect.pointer.split('/').at(-1)!.replace(/~1/g, '/').replace(/~0/g, '~');
      const line = lines[defect.line! - 1]!;
      const parent = defect.pointer.split('/').slice(1, -1).reduce<unknown>((node, key) => (node as any)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], seed.swagger);
      if (Array.isArray(parent)) expect(line, defect.pointer).toMatch(/^\s*- /);
      else expect(line.trimStart().replace(/^"|"$/g, ''), defect.pointer).toMatch(new RegExp(`^"?${last.replace(/[{}()]/g, '\\$&')}"?:`));
    }
  });
});
