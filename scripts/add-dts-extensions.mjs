// tsc keeps our extensionless relative imports in the .d.ts files it emits (moduleResolution
// Bundler); a user's TypeScript with NodeNext resolution needs `./x.js`. Rewrites them in place.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist/types');
const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
for (const file of walk(root).filter((path) => path.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8').replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\2/g, (whole, lead, quote, spec) => {
    if (/\.(js|json)$/.test(spec)) return whole;
    const target = resolve(dirname(file), spec);
    const rewritten = existsSync(`${target}.d.ts`) ? `${spec}.js` : existsSync(join(target, 'index.d.ts')) ? `${spec}/index.js` : spec;
    return `${lead}${quote}${rewritten}${quote}`;
  });
  writeFileSync(file, text);
}
