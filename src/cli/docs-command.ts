import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CATALOG } from '../checks/catalog';
import { packageRoot } from '../core/package-root';
import { CITED_SECTIONS } from '../docs/cited-sections';
import { renderChecksDoc } from '../docs/render-checks-doc';
import { firstDifference } from '../normalizer/first-difference';
import type { CommandMain } from './commands';
import { TABLE } from './command-table';
import { ExitCode } from '../core/exit-code';
import { parseFlags } from './parse-flags';

export const CHECKS_DOC = 'docs/checks.md';

/** `docs [--check] [--out FILE]`: writes docs/checks.md from the catalog, or says whether it is stale. */
export const docsCommand: CommandMain = async (argv) => {
  const { values } = parseFlags(TABLE.docs, argv);
  const path = values.out === undefined ? join(packageRoot(), CHECKS_DOC) : resolve(values.out);
  const text = renderChecksDoc(CATALOG, CITED_SECTIONS);
  if (values.check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      process.stdout.write(`docs --check: ${path} is missing; run glacier-conformance docs\n`);
      return ExitCode.Failed;
    }
    if (current === text) return ExitCode.Ok;
    const difference = firstDifference(text, current)!;
    process.stdout.write(`docs --check: ${path} is stale from line ${difference.line}; run glacier-conformance docs\n`);
    return ExitCode.Failed;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`docs: wrote ${path}\n`);
  return ExitCode.Ok;
};
