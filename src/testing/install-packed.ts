import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root';

/**
 * Test support: `npm pack` (with its prepack: bundles and types) and an
 * install of the tarball into `app`, an empty folder: the tarball unpacked as
 * node_modules/glacier-conformance with its bin linked, as npm does. Tests
 * have no network, so the dependencies are this checkout's installed ones
 * (the same pinned versions), linked in rather than fetched.
 */
export function installPacked(app: string): { tarball: string; files: string[] } {
  const root = packageRoot();
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', app], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as { filename: string; files: { path: string }[] }[];
  const tarball = join(app, packed[0]!.filename);
  const modules = join(app, 'node_modules');
  const target = join(modules, 'glacier-conformance');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', target, '--strip-components=1']);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.') || name === 'glacier-conformance') continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
  }
  mkdirSync(join(modules, '.bin'), { recursive: true });
  symlinkSync('../glacier-conformance/dist/glacier-conformance.js', join(modules, '.bin', 'glacier-conformance'));
  symlinkSync(join(root, 'node_modules', '.bin', 'vitest'), join(modules, '.bin', 'vitest'));
  return { tarball, files: packed[0]!.files.map((file) => file.path) };
}
