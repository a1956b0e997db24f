import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/cli-process';
import { startHttpServer } from '../testing/test-servers';
import { parseRunFlags } from './run-flags';

describe('glacier-conformance run --plan', () => {
  it('prints the footprint bounds and exits 0 without sending a single request to the target', async () => {
    let requests = 0;
    const server = await startHttpServer((_req, res) => {
      requests += 1;
      res.end();
    });
    try {
      const { status, stdout } = runCli(['run', '--plan', '--target', server.url, '--unsigned', '--seed', '5']);
      expect(status).toBe(0);
      expect(stdout).toMatch(/vaults created +≤ 9, one per family, named glacier-conformance-5-/);
      expect(stdout).toMatch(/lifecycle +1 vault, 1 uploads, ≤ \d+ jobs \(\d+ prepared, \d+ fresh\)/);
      expect(stdout).toMatch(/archives uploaded +≤ 40, ≤ 200\.0 MiB/);
      expect(stdout).toMatch(/jobs initiated +≤ 120 archive-retrieval and inventory-retrieval together/);
      expect(stdout).toMatch(/bytes retrieved +≤ 296\.0 MiB \(no GetJobOutput is sent once 256\.0 MiB were retrieved/);
      expect(stdout).toMatch(/families at once +8/);
      expect(stdout).toMatch(/Nothing was sent/);
      expect(requests).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('shows the caps the flags set, and none for the embedded reference without them', () => {
    const capped = runCli(['run', '--plan', '--target', 'http://127.0.0.1:9', '--unsigned', '--max-vaults', '3', '--max-uploads', '2', '--max-jobs', '7', '--max-retrieved-mib', '1']);
    expect(capped.status).toBe(0);
    expect(capped.stdout).toMatch(/vaults created +≤ 3,/);
    expect(capped.stdout).toMatch(/archives uploaded +≤ 2,/);
    expect(capped.stdout).toMatch(/jobs initiated +≤ 7 /);
    const embedded = runCli(['run', '--plan']);
    expect(embedded.status).toBe(0);
    expect(embedded.stdout).toMatch(/vaults created +no cap \(--max-vaults sets one\)/);
  });
});

describe('the footprint flags', () => {
  const parse = (argv: string[]) => parseRunFlags(argv, {}, 0).plan;

  it('default to a real account budget against a URL and to no cap against the embedded reference', () => {
    expect(parse(['--target', 'http://127.0.0.1:9', '--unsigned']).caps).toEqual({ vaults: 9, uploads: 40, jobs: 120, retrievedBytes: 256 * 2 ** 20 });
    expect(parse([]).caps).toEqual({});
    expect(parse(['--target', 'http://127.0.0.1:9', '--unsigned', '--profile', 'prism']).caps).toEqual({});
    expect(parse(['--max-jobs', '5']).caps).toEqual({ jobs: 5 });
  });

  it('run every family at once against a URL, whose jobs take real time, and one at a time in process', () => {
    expect(parse(['--target', 'http://127.0.0.1:9', '--unsigned']).concurrency).toBe(8);
    expect(parse(['--target', 'http://127.0.0.1:9', '--unsigned', '--only', 'spec,errors']).concurrency).toBe(2);
    expect(parse(['--target', 'http://127.0.0.1:9', '--unsigned', '--concurrency', '3']).concurrency).toBe(3);
    expect(parse([]).concurrency).toBe(1);
  });

  it.each([
    [['--max-vaults', '0'], /--max-vaults takes a whole number from 1/],
    [['--max-uploads', 'x'], /--max-uploads takes a whole number/],
    [['--max-jobs', '1.5'], /--max-jobs takes a whole number/],
    [['--concurrency', '0'], /--concurrency takes a whole number from 1 to 64/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parse(argv)).toThrow(message);
  });
});
