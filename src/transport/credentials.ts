import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { UsageError } from '../core/usage-error';

/** The credential values SigV4 needs; all three are secrets for redaction. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}

export type CredentialProvider = () => Promise<AwsCredentials>;

/**
 * The standard AWS chain (environment, shared config and credentials files with
 * AWS_PROFILE, SSO, process, web identity, container and instance metadata), memoized
 * and refreshed by the SDK. Reading the environment happens inside the SDK.
 */
export function defaultCredentialProvider(awsProfile?: string): CredentialProvider {
  return fromNodeProviderChain(awsProfile === undefined ? {} : { profile: awsProfile });
}

/** A provider of fixed values: tests, and callers that already hold credentials. */
export function staticCredentials(credentials: AwsCredentials): CredentialProvider {
  return async () => credentials;
}

/**
 * Resolves credentials once, before the first request, so a missing or broken chain is
 * a one-line configuration error (exit 2) instead of a failure of every check.
 * The chain's own message is left out: it may quote file contents.
 */
export async function requireCredentials(provider: CredentialProvider, targetUrl: string): Promise<AwsCredentials> {
  let credentials: AwsCredentials;
  try {
    credentials = await provider();
  } catch {
    throw new UsageError(
      `no AWS credentials found to sign requests to ${targetUrl} (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or pass --unsigned)`,
    );
  }
  if (!credentials.accessKeyId || !credentials.secretAccessKey) {
    throw new UsageError(`the AWS credentials found for ${targetUrl} lack an access key id or secret key`);
  }
  return credentials;
}
