import { splitUrl } from './raw-url';
import { SignatureV4 } from '@smithy/signature-v4';
import type { CredentialProvider } from './credentials';
import { NodeSha256 } from './node-sha256';
import type { TargetRequest } from './target';

/**
 * Signs a fully serialized request. The client signs last, after every header and the
 * body are final, so the signature covers exactly the bytes that go on the wire.
 */
export interface RequestSigner {
  sign(request: TargetRequest, nowMs: number): Promise<TargetRequest>;
  /** Every credential value used so far: the redactor removes them from all records. */
  readonly secrets: ReadonlySet<string>;
}

/** glacier-jobs-api.md §1: signing name `glacier`. */
export const GLACIER_SIGNING_NAME = 'glacier';

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const previous = query[name];
    query[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return query;
}

/**
 * AWS Signature Version 4 via @smithy/signature-v4. The payload hash goes into
 * `x-amz-content-sha256` (Glacier requires it, §2.5); a value already set by the caller
 * (Upload Archive's linear hash, or a deliberately wrong one) is signed as is.
 * The path is signed double-encoded, as SigV4 wants for every service but S3.
 */
export function createSigV4Signer(region: string, provider: CredentialProvider): RequestSigner {
  const secrets = new Set<string>();
  const tracked = async () => {
    const credentials = await provider();
    for (const value of [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken]) {
      if (value) secrets.add(value);
    }
    return credentials;
  };
  const signer = new SignatureV4({ service: GLACIER_SIGNING_NAME, region, credentials: tracked, sha256: NodeSha256 });
  return {
    secrets,
    async sign(request, nowMs) {
      const url = new URL(request.url);
      const signed = await signer.sign(
        {
          method: request.method,
          protocol: url.protocol,
          hostname: url.hostname,
          ...(url.port ? { port: Number(url.port) } : {}),
          // As sent (http-target), not as a URL resolves it: an id of `..` is signed as %2E%2E.
          path: splitUrl(request.url).path.split('?')[0]!,
          query: queryOf(url),
          headers: { ...request.headers, host: url.host },
          body: request.body,
        },
        { signingDate: new Date(nowMs) },
      );
      return { ...request, headers: signed.headers as Record<string, string> };
    },
  };
}
