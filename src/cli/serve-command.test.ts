import { spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, startListening } from '../testing/cli-process';

const VERSION = { 'x-amz-glacier-version': '2012-06-01' };
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `serve` and resolves once it is listening; nothing may be printed before that line. */
async function serve(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const server = await startListening(['serve', ...args], env);
  children.push(server.child);
  expect(server.before).toEqual([]);
  return server;
}

describe('glacier-conformance serve', () => {
  it('prints `listening on URL` first, answers on it, and exits 0 on SIGTERM', async () => {
    const { child, url } = await serve(['--port', '0', '--job-delay-ms', '0', '--account-id', '123456789012', '--region', 'eu-west-1']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const created = await fetch(`${url}/-/vaults/cli`, { method: 'PUT', headers: VERSION });
    expect([created.status, created.headers.get('location')]).toEqual([201, '/123456789012/vaults/cli']);
    const described = await (await fetch(`${url}/-/vaults/cli`, { headers: VERSION })).json();
    expect(described.VaultARN).toBe('arn:aws:glacier:eu-west-1:123456789012:vaults/cli');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('stops cleanly on SIGINT', async () => {
    const { child } = await serve(['--port', '0']);
    child.kill('SIGINT');
    expect((await once(child, 'exit'))[0]).toBe(0);
  });

  it('checks signatures with --sigv4 and the key pair from the environment', async () => {
    const { child, url } = await serve(['--port', '0', '--sigv4'], { ...process.env, AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 'secret' });
    const unsigned = await fetch(`${url}/-/vaults/x`, { method: 'PUT', headers: VERSION });
    expect([unsigned.status, (await unsigned.json()).code]).toEqual([400, 'MissingAuthenticationTokenException']);
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  it.each([
    [['--port', '70000'], /--port takes a whole number/],
    [['--account-id', '12'], /--account-id takes 12 digits/],
    [['--region', 'Mars'], /--region/],
    [['--max-archive-bytes', '0'], /--max-archive-bytes/],
    [['--sns-endpoint', 'topic=http://127.0.0.1:1/'], /--sns-endpoint takes TOPIC_ARN=URL/],
    [['--sigv4'], /--sigv4 needs AWS_ACCESS_KEY_ID/],
    [['--colour'], /Unknown option '--colour'/],
  ])('rejects %j with a one-line error and exit code 2', (args, message) => {
    const env = { ...process.env, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' };
    const result = spawnSync(process.execPath, [CLI, 'serve', ...args], { encoding: 'utf8', env, timeout: 10_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
