import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startListening } from '../testing/cli-process';
import { EXTERNAL_CLIENTS, missingReason, workflowEnv, type ExternalClient } from './client-table';
import { runSdkWorkflow } from './sdk-js-workflow';
import { WORKFLOW_STEPS } from './workflow-steps';

const credentials = { accessKeyId: 'AKIDREALCLIENTS', secretAccessKey: 'real-clients-secret' };
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Runs one client's workflow script; resolves with its exit code and output. */
function runWorkflow(client: ExternalClient, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(client.command[0]!, client.command.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const passedSteps = (stdout: string) => stdout.split('\n').flatMap((line) => (/^ok (\S+)$/.exec(line) ? [line.slice(3)] : []));

for (const client of EXTERNAL_CLIENTS) {
  const reason = missingReason(client);
  if (reason) console.log(reason);
}

/** A `serve` of the built CLI for one workflow alone: clients page through ListVaults, so they must not see each other's vaults. */
async function withServe<T>(signed: boolean, body: (url: string) => Promise<T>): Promise<T> {
  const env = { ...process.env, AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey };
  const server = await startListening(['serve', '--port', '0', '--job-delay-ms', '200', ...(signed ? ['--sigv4'] : [])], env);
  try {
    return await body(server.url);
  } finally {
    await server.stop();
  }
}

describe.each([
  ['serve (unsigned)', false],
  ['serve --sigv4', true],
])('real Glacier clients against %s', (mode, signed) => {
  it.concurrent('@aws-sdk/client-glacier passes its whole workflow', async () => {
    const steps = await withServe(signed, (endpoint) => runSdkWorkflow({ endpoint, region: 'us-east-1', credentials, prefix: 'sdk-js' }));
    expect(steps).toEqual([...WORKFLOW_STEPS]);
  }, 90_000);

  for (const client of EXTERNAL_CLIENTS) {
    (missingReason(client) ? it.skip : it.concurrent)(`${client.name} passes its whole workflow`, async () => {
      const result = await withServe(signed, (endpoint) => runWorkflow(client, workflowEnv(endpoint, credentials, slug(client.name))));
      const transcript = `${client.name} against ${mode}:\n${result.stdout}${result.stderr}`;
      expect(passedSteps(result.stdout), transcript).toEqual([...WORKFLOW_STEPS]);
      expect(result.code, transcript).toBe(0);
    }, 90_000);
  }
});
