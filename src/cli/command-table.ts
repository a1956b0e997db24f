/**
 * Every command and every flag as data, read both by the parser and by
 * `--help`, so the two cannot drift. A command module parses with
 * `parseFlags(TABLE.run, argv)`; `glacier-conformance run --help` prints the
 * same entry. `value` names a flag's argument (absent for a switch).
 */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly value?: string;
  readonly description: string;
  readonly defaultText?: string;
  /** May be given several times; the value is then a list. */
  readonly multiple?: boolean;
}

export interface CommandSpec {
  readonly name: string;
  /** The positional part of the synopsis, e.g. `REPORT.json`. */
  readonly positionals?: string;
  readonly maxPositionals?: number;
  readonly summary: string;
  readonly flags: Readonly<Record<string, FlagSpec>>;
  readonly examples: readonly string[];
}

const s = (value: string, description: string, defaultText?: string): FlagSpec & { type: 'string' } => ({ type: 'string', value, description, ...(defaultText ? { defaultText } : {}) });
const b = (description: string): FlagSpec & { type: 'boolean' } => ({ type: 'boolean', description });

const TARGET_FLAGS = {
  target: s('URL', 'the endpoint under test', 'the embedded reference'),
  unsigned: b('send requests without SigV4 signing'),
  region: s('R', 'SigV4 region', 'us-east-1'),
  'account-id': s('ID', "the account in request paths ('-' = the signer's)", '-'),
  'aws-profile': s('NAME', 'AWS credentials profile (~/.aws/credentials or config) to sign with', '$AWS_PROFILE, then the standard AWS chain'),
};

export const TABLE = {
  run: {
    name: 'run',
    summary: 'run the suite against a target and write the report (json, html, md, junit)',
    flags: {
      ...TARGET_FLAGS,
      profile: s('NAME|FILE', 'conformance profile: aws, aws-2012, prism, reference, or a YAML/JSON profile file (examples/profile.yaml)', 'aws; reference without --target'),
      runs: s('N', 'generated sequences per family', '20'),
      seed: s('N', 'the seed that makes a run repeatable', 'from the clock'),
      only: s('FAMILY,...', 'run only these families (spec, list-jobs, limits, byte-ranges, tree-hash, lifecycle, inventory, errors); the verdict is then partial'),
      out: s('DIR', 'where the report goes', 'reports/latest'),
      'job-timeout': s('SECONDS', 'how long a job may stay InProgress before its checks are inconclusive', '900'),
      'time-budget': s('SECONDS', 'budget of the whole run', 'none'),
      rate: s('REQ_PER_S', 'request rate bound (throttling is retried and counted)', 'none'),
      shard: s('i/n', 'run every n-th family only (verdict partial); merge joins the shards'),
      fault: s('NAME', 'run against a faulty variant of the embedded reference (serve --list-faults)'),
      concurrency: s('N', 'families run at once (each in its own vault, within --rate)', 'all against a URL, 1 in process'),
      plan: b('print the footprint bounds the run will stay within and exit 0 without contacting the target'),
      state: s('FILE', 'record what the run creates in FILE (atomically, after every change); the same command again continues from it, then cleanup --state FILE deletes it all (README: Against real Glacier)'),
      'max-vaults': s('N', 'at most this many vaults created', '9 against a URL'),
      'max-uploads': s('N', 'at most this many archives uploaded', '40 against a URL'),
      'max-jobs': s('N', 'at most this many InitiateJob', '120 against a URL'),
      'max-retrieved-mib': s('MIB', 'at most this many MiB of job output retrieved', '256 against a URL'),
      realism: s('aws', 'make the embedded reference behave like the real service (README: Realistic mode)'),
      'time-scale': s('K', 'with --realism: divide every AWS duration by K', '1'),
      'throttle-rate': s('N', 'with --realism: throttle above N requests/s (0 = off)', '50'),
    },
    examples: ['glacier-conformance run', 'glacier-conformance run --target http://127.0.0.1:4011 --unsigned --profile reference', 'glacier-conformance run --target https://glacier.eu-west-1.amazonaws.com --region eu-west-1 --aws-profile staging', 'glacier-conformance run --target https://glacier.eu-west-1.amazonaws.com --region eu-west-1 --state staging.state.json'],
  },
  replay: {
    name: 'replay',
    positionals: 'REPORT.json',
    maxPositionals: 1,
    summary: 'rerun exactly a recorded counterexample and say whether it still fails',
    flags: { check: s('ID', 'the failed check to replay (required)'), ...TARGET_FLAGS, target: s('URL', 'the endpoint to replay against', "the report's target") },
    examples: ['glacier-conformance replay reports/latest/report.json --check list-jobs.walk-visits-every-job-once'],
  },
  cleanup: {
    name: 'cleanup',
    summary: 'delete the archives and vaults a run created (run --state FILE), or the vaults named after a run id; exit 3 while the target still refuses some',
    flags: {
      state: s('FILE', 'the state file of run --state: deletes exactly what it recorded and keeps it up to date'),
      'run-id': s('ID', 'without a state: delete the vaults named glacier-conformance-ID-… (ListVaults); their archives are unknown'),
      ...TARGET_FLAGS,
      target: s('URL', 'the endpoint the run went to', "the state's target"),
    },
    examples: ['glacier-conformance cleanup --state staging.state.json', 'glacier-conformance cleanup --target https://glacier.eu-west-1.amazonaws.com --region eu-west-1 --run-id 7-mx5t739l'],
  },
  merge: {
    name: 'merge',
    positionals: 'DIR...',
    maxPositionals: Number.MAX_SAFE_INTEGER,
    summary: 'join the reports of every shard (run --shard i/n) into one report, all formats; refuses missing or repeated shards',
    flags: { out: s('DIR', 'where the merged report goes', 'reports/merged') },
    examples: ['glacier-conformance merge reports/shard-1 reports/shard-2 --out reports/merged'],
  },
  spec: {
    name: 'spec',
    summary: 'normalize the Swagger seed into the OpenAPI 3.1 model and its normalization report',
    flags: { check: b('write nothing; exit 1 with the first differing line if the committed files are stale'), seed: s('FILE', 'the Swagger 2.0 seed', 'specs/aws-glacier-jobs.swagger.yaml'), out: s('FILE', 'the OpenAPI model to write', 'specs/glacier-jobs.openapi.yaml') },
    examples: ['glacier-conformance spec --check'],
  },
  docs: {
    name: 'docs',
    summary: 'write docs/checks.md from the check catalog',
    flags: { check: b('write nothing; exit 1 if docs/checks.md is stale'), out: s('FILE', 'the file to write', 'docs/checks.md') },
    examples: ['glacier-conformance docs --check'],
  },
  operations: {
    name: 'operations',
    summary: 'print the operations table of the normalized model',
    flags: {},
    examples: ['glacier-conformance operations'],
  },
  mock: {
    name: 'mock',
    summary: 'serve the normalized model with Prism on 127.0.0.1',
    flags: { port: s('N', 'port to listen on (0 = a free one)', '4010') },
    examples: ['glacier-conformance mock --port 0'],
  },
  serve: {
    name: 'serve',
    summary: 'serve the reference Glacier (or a faulty variant of it) over HTTP',
    flags: {
      host: s('HOST', 'address to listen on', '127.0.0.1'),
      port: s('N', 'port to listen on (0 = a free one)', '4011'),
      'job-delay-ms': s('N', 'how long a job stays InProgress', '1000'),
      'account-id': s('ID', 'the account the server answers for', '111122223333'),
      region: s('R', 'the region the server answers for', 'us-east-1'),
      'max-archive-bytes': s('N', 'largest archive accepted', 'the buffer limit'),
      'sns-endpoint': { type: 'string', multiple: true, value: 'ARN=URL', description: 'deliver job notifications for the SNS topic ARN to URL (repeatable)' },
      sigv4: b('require SigV4 signatures with AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY from the environment'),
      fault: s('NAME', 'serve a faulty variant instead (see --list-faults)'),
      'list-faults': b('print every faulty variant, the family meant to catch it and what it breaks'),
      realism: s('aws', 'behave like the real service (README: Realistic mode)'),
      'time-scale': s('K', 'with --realism: divide every AWS duration by K', '1'),
      'throttle-rate': s('N', 'with --realism: throttle above N requests/s (0 = off)', '50'),
      'test-clock': b('serve /__glacier-conformance/test-clock routes that move the clock (tests only)'),
    },
    examples: ['glacier-conformance serve --port 0 --job-delay-ms 200', 'glacier-conformance serve --fault never-completes'],
  },
  treehash: {
    name: 'treehash',
    positionals: '[FILE|-]',
    maxPositionals: 1,
    summary: 'print the SHA-256 tree hash of FILE or standard input, like sha256sum',
    flags: {},
    examples: ['glacier-conformance treehash archive.bin'],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof TABLE;
