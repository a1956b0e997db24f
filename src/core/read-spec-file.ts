import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { packageRoot } from './package-root';
import { SpecInputError } from './spec-input-error';

/** A path as the reader should see it: relative to the package when inside it, else as given. */
export function displayPath(path: string): string {
  const inside = relative(packageRoot(), path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

/** File text, or undefined when the file does not exist; other read errors are SpecInputErrors. */
export function readTextIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SpecInputError(`${displayPath(path)}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
