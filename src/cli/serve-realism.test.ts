import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { packageRoot } from '../core/package-root';
import { treeHash } from '../treehash';

const CLI = join(packageRoot(), 'dist', 'glacier-conformance.js');
const VERSION = { 'x-amz-glacier-version': '2012-06-01' };
const CLOCK = '/__glacier-conformance/test-clock';
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

async function serve(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const [first] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { child, url: first.replace('listening on ', '') };
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

describe('serve --realism aws --time-scale 1000 --test-clock, over HTTP', () => {
  it('behaves like AWS on a clock only the test-clock route moves', async () => {
    const { child, url } = await serve(['--realism', 'aws', '--time-scale', '1000', '--test-clock']);
    const call = async (method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) => {
      const response = await fetch(`${url}${path}`, { method, headers: { ...VERSION, ...init.headers }, ...(init.body !== undefined ? { body: init.body } : {}) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
    };
    const advance = (ms: number) => call('POST', `${CLOCK}/advance?ms=${ms}`);
    const arn = 'arn:aws:glacier:us-east-1:111122223333:vaults/v';
    expect((await call('PUT', '/-/vaults/v')).status).toBe(201);
    const text = 'realistic archive';
    const bytes = Buffer.from(text);
    const hashes = { 'x-amz-sha256-tree-hash': treeHash(bytes), 'x-amz-content-sha256': createHash('sha256').update(bytes).digest('hex') };
    const uploaded = await call('POST', '/-/vaults/v/archives', { headers: hashes, body: text });
    const archiveId = uploaded.headers.get('x-amz-archive-id')!;
    const inventory = JSON.stringify({ Type: 'inventory-retrieval' });
    const gated = await call('POST', '/-/vaults/v/jobs', { body: inventory });
    expect([gated.status, gated.json.code, gated.json.message]).toEqual([
      404,
      'ResourceNotFoundException',
      `Inventory retrieval jobs for vault ${arn} cannot be initiated yet, as Amazon Glacier has not yet generated an initial inventory for this vault.`,
    ]);
    const foreign = await call('DELETE', '/-/vaults/v/archives/made-up');
    expect([foreign.status, foreign.json.message]).toEqual([400, `Invalid vault name: ${arn}`]);
    const job = (await call('POST', '/-/vaults/v/jobs', { body: JSON.stringify({ Type: 'archive-retrieval', ArchiveId: archiveId, Tier: 'Standard' }) })).headers.get('x-amz-job-id')!;
    expect((await call('GET', `/-/vaults/v/jobs/${job}`)).json.StatusCode).toBe('InProgress');
    await advance(3 * 3600); // 3 h at time scale 1000: not yet (Standard takes 3–5 h)
    const early = (await call('GET', `/-/vaults/v/jobs/${job}`)).json.StatusCode;
    await advance(2 * 3600);
    expect([early, (await call('GET', `/-/vaults/v/jobs/${job}`)).json.StatusCode]).toEqual(['InProgress', 'Succeeded']);
    const output = await fetch(`${url}/-/vaults/v/jobs/${job}/output`, { headers: VERSION });
    expect(Buffer.from(await output.arrayBuffer()).toString()).toBe('realistic archive');
    expect((await call('DELETE', '/-/vaults/v')).json.message).toBe(`Vault not empty or recently written to: ${arn}`);
    await advance(86_400); // a day: the first snapshot
    expect((await call('GET', '/-/vaults/v')).json).toMatchObject({ NumberOfArchives: 1, SizeInBytes: bytes.length });
    expect((await call('POST', '/-/vaults/v/jobs', { body: inventory })).status).toBe(202);
    await advance(86_400); // past the 24 h output window
    expect((await call('GET', `/-/vaults/v/jobs/${job}/output`)).json.code).toBe('ResourceNotFoundException');
    const clock = (await call('GET', CLOCK)).json;
    expect(clock.offsetMs).toBe(5 * 3600 + 2 * 86_400);
    expect((await advance(-1 as number)).status).toBe(400);
    await stop(child);
  });

  it('has no test-clock route without --test-clock: the path is an unknown Glacier operation', async () => {
    const { child, url } = await serve(['--realism', 'aws']);
    const response = await fetch(`${url}${CLOCK}/advance?ms=1000`, { method: 'POST', headers: VERSION });
    expect([response.status, (await response.json()).code]).toEqual([404, 'UnknownOperationException']);
    await stop(child);
  });

  it.each([
    [['--time-scale', '1000'], /--time-scale needs --realism aws/],
    [['--realism', 'gcp'], /--realism takes aws, got 'gcp'/],
    [['--realism', 'aws', '--time-scale', '0'], /--time-scale takes a whole number/],
  ])('rejects %j with a one-line error and exit code 2', (args, message) => {
    const result = spawnSync(process.execPath, [CLI, 'serve', ...args], { encoding: 'utf8', timeout: 10_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
