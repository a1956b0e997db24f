import type { GlacierError } from './glacier-errors';

const refusal = (code: GlacierError['code'], message: string): GlacierError => ({ kind: 'glacier-error', code, message });

/**
 * The refusals of the SigV4 verifier, worded as the AWS front end words them (quoted
 * in SDK issue threads: aws-sdk-js#254 "Signature expired", aws-sdk-go#156 "scoped to a
 * valid region", glacier-cli#27 the x-amz-content-sha256 mismatch). Codes and statuses
 * are glacier-jobs-api.md §4's (MissingAuthenticationTokenException 400,
 * UnrecognizedClientException 400, InvalidSignatureException 403) and, for a malformed
 * Authorization, IncompleteSignatureException 400 from AWS's common errors.
 */
export const SigV4Refusals = {
  missingToken: () => refusal('MissingAuthenticationTokenException', 'Missing Authentication Token'),
  incomplete: (message: string) => refusal('IncompleteSignatureException', message),
  unknownKey: () => refusal('UnrecognizedClientException', 'The security token included in the request is invalid.'),
  scopeDate: (scopeDate: string, amzDate: string) =>
    refusal(
      'InvalidSignatureException',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    ),
  scopeService: () => refusal('InvalidSignatureException', "Credential should be scoped to correct service: 'glacier'. "),
  scopeRegion: (region: string) => refusal('InvalidSignatureException', `Credential should be scoped to a valid region, not '${region}'. `),
  scopeTerminator: (terminator: string) =>
    refusal('InvalidSignatureException', `Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'. `),
  expired: (signed: string, earliest: string, now: string) =>
    refusal('InvalidSignatureException', `Signature expired: ${signed} is now earlier than ${earliest} (${now} - 15 min.)`),
  notYetCurrent: (signed: string, latest: string, now: string) =>
    refusal('InvalidSignatureException', `Signature not yet current: ${signed} is still later than ${latest} (${now} + 15 min.)`),
  payloadMismatch: (computed: string, declared: string) =>
    refusal(
      'InvalidSignatureException',
      `The value passed in as x-amz-content-sha256 does not match the computed payload hash. Computed digest: ${computed} expected hash: ${declared}`,
    ),
  mismatch: () =>
    refusal(
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    ),
} as const;
