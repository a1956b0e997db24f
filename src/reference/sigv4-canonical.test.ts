import { describe, expect, it } from 'vitest';
import { canonicalQuery, canonicalRequest, canonicalUri, sha256Hex, signature } from './sigv4-canonical';

describe('SigV4 canonical request', () => {
  it('signs the AWS SigV4 test suite case get-vanilla as published', () => {
    const headers = { host: 'example.amazonaws.com', 'x-amz-date': '20150830T123600Z' };
    const canonical = canonicalRequest({ method: 'GET', target: '/', signedHeaders: ['host', 'x-amz-date'], headers, payloadHash: sha256Hex('') });
    const sig = signature('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', ['20150830', 'us-east-1', 'service'], '20150830T123600Z', canonical);
    expect(sig).toBe('5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31');
  });

  it.each([
    ['/-/vaults/a%2Fb', '/-/vaults/a%252Fb'],
    ['/-/vaults/x/./jobs/../jobs', '/-/vaults/x/jobs'],
    ['//-//vaults/x', '/-/vaults/x'],
    ['/', '/'],
  ])('encodes the path %s once more, normalized, as %s', (path, expected) => {
    expect(canonicalUri(path)).toBe(expected);
  });

  it('sorts the query by name then value and encodes it strictly', () => {
    expect(canonicalQuery('statuscode=Succeeded&limit=2&marker=a+b%2A&completed')).toBe('completed=&limit=2&marker=a%20b%2A&statuscode=Succeeded');
  });
});
