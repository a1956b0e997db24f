import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { packageRoot } from '../core/package-root';
import { firstDifference } from '../normalizer/first-difference';
import { normalizeSeed } from '../normalizer/normalize-seed';
import { renderModel } from '../normalizer/render-model';
import { renderReport } from '../normalizer/render-report';
import { displayPath, readTextIfExists } from '../core/read-spec-file';
import { DEFAULT_MODEL } from '../model/model-file';
import { DEFAULT_SEED, loadSeed, REPORT_NAME } from '../normalizer/spec-files';
import { SpecInputError } from '../core/spec-input-error';
import type { CommandMain } from './commands';
import { ExitCode } from '../core/exit-code';
import { TABLE } from './command-table';
import { parseFlags } from './parse-flags';
import { UsageError } from '../core/usage-error';

interface Output {
  readonly path: string;
  readonly text: string;
}

/**
 * `spec [--check] [--seed FILE] [--out FILE]`: normalizes the seed into the
 * OpenAPI model (--out, default specs/glacier-jobs.openapi.yaml) and writes
 * normalization-report.md next to it. `--check` writes nothing and exits 1
 * with the first differing line when the files on disk are not what the
 * normalizer produces.
 */
export const specCommand: CommandMain = async (argv) => {
  const { values } = parseFlags(TABLE.spec, argv);
  const outputs = generate(values.seed, values.out);
  if (values.check) return check(outputs);
  for (const output of outputs) {
    mkdirSync(dirname(output.path), { recursive: true });
    writeFileSync(output.path, output.text);
  }
  process.stdout.write(`spec: wrote ${outputs.map((output) => displayPath(output.path)).join(' and ')}\n`);
  return ExitCode.Ok;
};

function generate(seedFlag: string | undefined, outFlag: string | undefined): Output[] {
  const root = packageRoot();
  const seedPath = resolve(seedFlag ?? join(root, DEFAULT_SEED));
  const modelPath = resolve(outFlag ?? join(root, DEFAULT_MODEL));
  const reportPath = join(dirname(modelPath), REPORT_NAME);
  try {
    const { model, defects } = normalizeSeed(loadSeed(seedPath));
    return [
      { path: modelPath, text: renderModel(model, displayPath(seedPath)) },
      { path: reportPath, text: renderReport(defects, { seed: displayPath(seedPath), model: displayPath(modelPath) }) },
    ];
  } catch (error) {
    if (error instanceof SpecInputError) throw new UsageError(`spec: ${error.message}`);
    throw error;
  }
}

function check(outputs: readonly Output[]): number {
  for (const output of outputs) {
    const onDisk = readTextIfExists(output.path);
    const name = displayPath(output.path);
    if (onDisk === undefined) return fail(`${name} is missing; run npm run spec`);
    const difference = firstDifference(output.text, onDisk);
    if (difference) {
      const shown = (line: string | undefined) => (line === undefined ? 'end of file' : JSON.stringify(line.slice(0, 80)));
      return fail(`${name} differs from the normalizer's output at line ${difference.line}: expected ${shown(difference.expected)}, found ${shown(difference.actual)}; run npm run spec`);
    }
  }
  process.stdout.write(`spec --check: ${outputs.map((output) => displayPath(output.path)).join(' and ')} are up to date\n`);
  return ExitCode.Ok;
}

function fail(reason: string): number {
  process.stderr.write(`glacier-conformance: spec --check: ${reason}\n`);
  return ExitCode.Failed;
}
