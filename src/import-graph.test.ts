import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from './core/package-root';

/**
 * The layering as data (README "Layout"): what each folder of src/ (and
 * properties/) may import. Arrows point down: core ← treehash;
 * model/normalizer ← checks ← engine ← properties ← run ← cli; reference
 * and transport never import checks or engine; nothing below imports report
 * or cli. Test files are left out: a test may wire any layers it exercises.
 */
const BASE = ['core'];
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  core: [],
  treehash: BASE,
  model: BASE,
  normalizer: BASE,
  transport: [...BASE, 'treehash'],
  reference: [...BASE, 'treehash'],
  checks: [...BASE, 'treehash', 'model', 'normalizer'],
  profile: [...BASE, 'checks'],
  engine: [...BASE, 'treehash', 'checks', 'profile'],
  properties: [...BASE, 'treehash', 'checks', 'profile', 'engine', 'transport'],
  run: [...BASE, 'treehash', 'model', 'normalizer', 'checks', 'profile', 'engine', 'properties', 'transport', 'reference'],
  docs: [...BASE, 'checks'],
  report: [...BASE, 'checks', 'profile', 'engine', 'transport', 'docs'],
  mutants: [...BASE, 'treehash', 'checks', 'profile', 'engine', 'run', 'reference', 'transport'],
  // A top-level shell like cli (nothing imports it): the verdict-latency benchmark runs the CLI against faulty targets and reads its report.
  bench: [...BASE, 'treehash', 'transport', 'reference', 'testing', 'report', 'mutants'],
  /** Real Glacier clients' workflows against serve (test code: run by npm run clients and npm test). */
  clients: BASE,
  cli: [...BASE, 'treehash', 'model', 'normalizer', 'checks', 'profile', 'engine', 'run', 'reference', 'transport', 'report', 'mutants', 'docs'],
  // The programmatic API sits beside the CLI at the top and shares its settings and report wiring.
  api: [...BASE, 'treehash', 'model', 'normalizer', 'checks', 'profile', 'engine', 'run', 'reference', 'transport', 'report', 'mutants', 'docs', 'cli'],
};

interface Edge {
  readonly file: string;
  readonly from: string;
  readonly to: string;
}

const root = packageRoot();
const layerOf = (file: string) => (file.startsWith('src/') ? (file.split('/')[1] ?? '') : file.split('/')[0] ?? '');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') && !/\.test\.ts$|\.d\.ts$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every relative import of production code that crosses folders. */
function importEdges(): Edge[] {
  return [...sourceFiles('src'), ...sourceFiles('properties')].flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from|import)\s+'(\.[^']+)'/g)].flatMap((match) => {
      const target = relative(root, normalize(join(root, dirname(file), match[1] ?? '')));
      const edge = { file, from: layerOf(file), to: layerOf(target) };
      return edge.from === edge.to || edge.from === 'testing' ? [] : [edge];
    }),
  );
}

function violations(edges: readonly Edge[], allowed: Readonly<Record<string, readonly string[]>>): string[] {
  return edges.filter((edge) => !(allowed[edge.from] ?? []).includes(edge.to)).map((edge) => `${edge.file}: ${edge.from} → ${edge.to}`);
}

describe('the import graph', () => {
  const edges = importEdges();

  it('follows the layering: every import points down', () => {
    expect(violations(edges, ALLOWED)).toEqual([]);
  });

  it('knows every folder', () => {
    expect([...new Set(edges.map((edge) => edge.from))].filter((layer) => !(layer in ALLOWED))).toEqual([]);
  });

  it('sees the imports it judges, and would flag one pointing up', () => {
    expect(edges).toContainEqual({ file: 'src/cli/run-command.ts', from: 'cli', to: 'run' });
    expect(violations([{ file: 'src/reference/x.ts', from: 'reference', to: 'checks' }, { file: 'src/engine/y.ts', from: 'engine', to: 'report' }], ALLOWED)).toHaveLength(2);
  });
});
