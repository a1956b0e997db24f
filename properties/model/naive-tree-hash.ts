import { createHash } from 'node:crypto';

const MiB = 1024 * 1024;
const sha256 = (...parts: Uint8Array[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/**
 * The SHA-256 tree hash written as plainly as glacier-jobs-api.md §5 states
 * it: recursion over the leaf list, no streaming. Deliberately shares no code
 * with src/treehash or the reference, so the suite's expectations are its own.
 */
export function naiveTreeHash(bytes: Uint8Array): string {
  return root(leaves(bytes)).toString('hex');
}

function leaves(bytes: Uint8Array): Buffer[] {
  if (bytes.length === 0) return [sha256(bytes)];
  const result: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += MiB) result.push(sha256(bytes.subarray(offset, offset + MiB)));
  return result;
}

function root(level: Buffer[]): Buffer {
  if (level.length === 1) return level[0]!;
  const next: Buffer[] = [];
  for (let index = 0; index < level.length; index += 2) {
    const right = level[index + 1];
    next.push(right ? sha256(level[index]!, right) : level[index]!);
  }
  return root(next);
}

/** Every node of the archive's tree (leaves up to the root), as hex. */
export function treeNodes(bytes: Uint8Array): Set<string> {
  const nodes = new Set<string>();
  let level = leaves(bytes);
  for (;;) {
    for (const node of level) nodes.add(node.toString('hex'));
    if (level.length === 1) return nodes;
    const next: Buffer[] = [];
    for (let index = 0; index < level.length; index += 2) {
      const right = level[index + 1];
      next.push(right ? sha256(level[index]!, right) : level[index]!);
    }
    level = next;
  }
}

/** Linear SHA-256 as hex (what x-amz-content-sha256 carries). */
export const linearSha256 = (bytes: Uint8Array) => sha256(bytes).toString('hex');
