import { execFileSync } from 'node:child_process';
import { packageRoot } from '../core/package-root';

/**
 * vitest global setup: bundle the CLI once, so tests that spawn
 * `dist/glacier-conformance.js` run what a user would run, never a stale build.
 */
export default function setup(): void {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: packageRoot(), stdio: 'inherit' });
}
