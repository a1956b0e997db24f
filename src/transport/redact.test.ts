import { describe, expect, it } from 'vitest';
import { REDACTED, redactHeaders, redactText, redactUrl, redactValue } from './redact';

const SECRETS = new Set(['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'FwoGZXIvYXdzEXAMPLETOKEN']);

describe('redactText', () => {
  it('removes secret values wherever they appear', () => {
    expect(redactText('key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in text', SECRETS)).toBe(`key ${REDACTED} in text`);
  });

  it('removes SigV4 signatures, credential scopes and access key ids', () => {
    const authorization =
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/glacier/aws4_request, SignedHeaders=host, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';
    expect(redactText(authorization, new Set())).toBe(
      `AWS4-HMAC-SHA256 Credential=${REDACTED}, SignedHeaders=host, Signature=${REDACTED}`,
    );
    expect(redactText('key AKIAIOSFODNN7EXAMPLE leaked', new Set())).toBe(`key ${REDACTED} leaked`);
  });

  it('leaves ordinary text alone', () => {
    expect(redactText('The job ID was not found: HkF9p6o7yjhFx-K3', SECRETS)).toBe('The job ID was not found: HkF9p6o7yjhFx-K3');
  });
});

describe('redactHeaders', () => {
  it('blanks credential headers whatever their case and redacts values elsewhere', () => {
    const headers = { Authorization: 'AWS4-HMAC-SHA256 …', 'x-amz-security-token': 'anything', 'x-echo': 'FwoGZXIvYXdzEXAMPLETOKEN', 'x-amz-date': '20260101T000000Z' };
    expect(redactHeaders(headers, SECRETS)).toEqual({
      Authorization: REDACTED,
      'x-amz-security-token': REDACTED,
      'x-echo': REDACTED,
      'x-amz-date': '20260101T000000Z',
    });
  });
});

describe('redactUrl', () => {
  it('redacts presigned query parameters and user info', () => {
    const url = 'https://user:pw@glacier.example/-/vaults/v?X-Amz-Signature=abc&X-Amz-Credential=AK%2Fscope&limit=2';
    const redacted = redactUrl(url, SECRETS);
    expect(redacted).not.toMatch(/abc|AK%2F|pw/);
    expect(redacted).toContain('limit=2');
  });

  it('keeps an ordinary URL byte for byte', () => {
    const url = 'http://127.0.0.1:9/-/vaults/a%20b/jobs?marker=x%2By';
    expect(redactUrl(url, SECRETS)).toBe(url);
  });
});

describe('redactValue', () => {
  it('redacts strings deep inside JSON, keys included', () => {
    const value = { message: ['token FwoGZXIvYXdzEXAMPLETOKEN'], FwoGZXIvYXdzEXAMPLETOKEN: 1, n: 2, ok: true };
    expect(redactValue(value, SECRETS)).toEqual({ message: [`token ${REDACTED}`], [REDACTED]: 1, n: 2, ok: true });
  });
});
