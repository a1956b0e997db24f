import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root';

/** A real Glacier client run as a child process on its workflow script (README "Real clients"). */
export interface ExternalClient {
  readonly name: string;
  /** The Debian package that provides it (`.ci/run` installs them all). */
  readonly debianPackage: string;
  readonly command: readonly string[];
  /** Files whose absence means the client is not installed here. */
  readonly requires: readonly string[];
}

const here = join(packageRoot(), 'src/clients');
// Debian's interpreters, not a pyenv or rbenv one earlier on PATH: the clients live in their dist-packages.
const PYTHON = '/usr/bin/python3';
const RUBY = '/usr/bin/ruby';
const DIST = '/usr/lib/python3/dist-packages';

export const EXTERNAL_CLIENTS: readonly ExternalClient[] = [
  { name: 'boto3 client API', debianPackage: 'python3-boto3', command: [PYTHON, join(here, 'boto3_client_workflow.py')], requires: [PYTHON, `${DIST}/boto3/__init__.py`] },
  { name: 'boto3 resource API', debianPackage: 'python3-boto3', command: [PYTHON, join(here, 'boto3_resource_workflow.py')], requires: [PYTHON, `${DIST}/boto3/__init__.py`] },
  { name: 'AWS CLI', debianPackage: 'awscli', command: [PYTHON, join(here, 'awscli_workflow.py')], requires: ['/usr/bin/aws', `${DIST}/awscli/clidriver.py`] },
  { name: 'boto 2', debianPackage: 'python3-boto', command: [PYTHON, join(here, 'boto2_workflow.py')], requires: [PYTHON, `${DIST}/boto/glacier/layer2.py`] },
  { name: 'fog-aws', debianPackage: 'ruby-fog-aws', command: [RUBY, join(here, 'fog_workflow.rb')], requires: [RUBY, '/usr/lib/ruby/vendor_ruby/fog/aws/glacier.rb'] },
];

/** Why `client` cannot run here, or undefined when it can. */
export function missingReason(client: ExternalClient): string | undefined {
  const missing = client.requires.find((path) => !existsSync(path));
  return missing === undefined ? undefined : `${client.name} skipped: ${missing} not found (Debian package ${client.debianPackage})`;
}

/** The environment of a workflow: the endpoint, a key pair, a vault prefix, and nothing from the user's AWS setup. */
export function workflowEnv(endpoint: string, credentials: { accessKeyId: string; secretAccessKey: string }, prefix: string): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(AWS_|PYTHON|RUBY|GEM_|BUNDLE)/.test(name)));
  return {
    ...kept,
    GLACIER_ENDPOINT: endpoint,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    BOTO_CONFIG: '/dev/null',
    VAULT_PREFIX: prefix,
    // No __pycache__ in the source tree.
    PYTHONDONTWRITEBYTECODE: '1',
  };
}
