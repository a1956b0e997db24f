import { describe, expect, it } from 'vitest';
import { UsageError } from '../core/usage-error';
import { resolveTargetConfig, TARGET_DEFAULTS } from './target-config';

describe('resolveTargetConfig', () => {
  it('defaults to the embedded reference, unsigned, with the documented limits', () => {
    const config = resolveTargetConfig({}, {});
    expect(config).toMatchObject({
      description: 'embedded reference',
      signing: 'none',
      region: TARGET_DEFAULTS.region,
      accountId: '-',
      connectTimeoutMs: TARGET_DEFAULTS.connectTimeoutMs,
    });
    expect(config.url).toBeUndefined();
    expect(config.rate).toBeUndefined();
  });

  it('signs a URL target unless --unsigned, taking the region from the environment', () => {
    const env = { AWS_REGION: 'eu-central-2', AWS_PROFILE: 'staging' };
    expect(resolveTargetConfig({ target: 'https://glacier.example/' }, env)).toMatchObject({
      url: 'https://glacier.example',
      description: 'https://glacier.example',
      signing: 'sigv4',
      region: 'eu-central-2',
      awsProfile: 'staging',
    });
    expect(resolveTargetConfig({ target: 'http://127.0.0.1:4010', unsigned: true }, env).signing).toBe('none');
  });

  it('turns seconds into milliseconds and reads the rate', () => {
    const config = resolveTargetConfig({ target: 'http://h', rate: '2.5', timeBudget: '60', firstByteTimeout: '0.25' }, {});
    expect(config).toMatchObject({ rate: 2.5, timeBudgetMs: 60_000, firstByteTimeoutMs: 250 });
  });

  it.each([
    [{ target: 'ftp://glacier.example' }, "--target must be an http:// or https:// URL, got 'ftp:' in 'ftp://glacier.example'"],
    [{ target: 'glacier.example' }, "--target must be an http:// or https:// URL, got 'glacier.example'"],
    [{ target: 'https://key:secret@glacier.example' }, '--target must not contain a user name or password'],
    [{ target: 'https://glacier.example/?x=1' }, "--target must be a base URL without query or fragment, got 'https://glacier.example/?x=1'"],
    [{ region: 'US-EAST-1' }, "--region 'US-EAST-1' is not an AWS region name like us-east-1"],
    [{ region: 'mars' }, "--region 'mars' is not an AWS region name like us-east-1"],
    [{ accountId: '1234' }, "--account-id must be '-' or 12 digits, got '1234'"],
    [{ rate: '0' }, "--rate takes a positive number of requests per second, got '0'"],
    [{ rate: 'fast' }, "--rate takes a positive number of requests per second, got 'fast'"],
    [{ connectTimeout: '-1' }, "--connect-timeout takes a positive number of seconds, got '-1'"],
    [{ timeBudget: '1e3' }, "--time-budget takes a positive number of seconds, got '1e3'"],
  ])('rejects %o with a one-line UsageError', (flags, message) => {
    expect(() => resolveTargetConfig(flags, {})).toThrowError(new UsageError(message));
  });

  it.each(['us-east-1', 'us-gov-west-1', 'cn-northwest-1', 'ap-southeast-4', 'eu-isoe-west-1'])('accepts region %s', (region) => {
    expect(resolveTargetConfig({ region }, {}).region).toBe(region);
  });
});
