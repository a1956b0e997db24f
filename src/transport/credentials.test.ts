import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../core/usage-error';
import { defaultCredentialProvider, requireCredentials, staticCredentials } from './credentials';

describe('requireCredentials', () => {
  it('returns what the chain provides', async () => {
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
    await expect(requireCredentials(staticCredentials(credentials), 'https://g')).resolves.toEqual(credentials);
  });

  it('turns an empty chain into a one-line UsageError without the chain message', async () => {
    const failing = async () => {
      throw new Error('Could not load credentials from any providers\nline two with a path /home/me/.aws');
    };
    const error = await requireCredentials(failing, 'https://g').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      'no AWS credentials found to sign requests to https://g (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or pass --unsigned)',
    );
  });

  it('rejects credentials without a secret key', async () => {
    await expect(requireCredentials(staticCredentials({ accessKeyId: 'AKID', secretAccessKey: '' }), 'https://g')).rejects.toThrowError(UsageError);
  });
});

describe('defaultCredentialProvider', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  function isolate(env: Record<string, string>): void {
    for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
    // No files and no instance metadata: the chain must end without touching the network.
    Object.assign(process.env, {
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
      AWS_CONFIG_FILE: '/nonexistent/config',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...env,
    });
  }

  it('reads the environment', async () => {
    isolate({ AWS_ACCESS_KEY_ID: 'AKIDFROMENV', AWS_SECRET_ACCESS_KEY: 'secret-from-env' });
    const credentials = await requireCredentials(defaultCredentialProvider(), 'https://g');
    expect(credentials).toMatchObject({ accessKeyId: 'AKIDFROMENV', secretAccessKey: 'secret-from-env' });
  });

  it('finds nothing in an empty environment, which is a UsageError', async () => {
    isolate({});
    await expect(requireCredentials(defaultCredentialProvider(), 'https://g')).rejects.toThrowError(UsageError);
  });
});
