import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The profile names of the AWS shared files (`[name]` in credentials,
 * `[profile name]` or `[default]` in config), honouring AWS_SHARED_CREDENTIALS_FILE
 * and AWS_CONFIG_FILE. Only section names are read out; nothing else leaves here.
 */
export function awsProfileNames(env: Readonly<Record<string, string | undefined>>, home: string = homedir()): Set<string> {
  const files = [env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'), env.AWS_CONFIG_FILE || join(home, '.aws', 'config')];
  const names = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const match of text.matchAll(/^\s*\[\s*(?:profile\s+)?([^\]\s]+)\s*\]/gm)) names.add(match[1]!);
  }
  return names;
}
