import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, unlink, type WriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { MIB } from '../treehash';
import { FileBytes } from './byte-source';
import type { BodyResult } from './read-body';
import type { ReceivedPayload } from './reference-http';

export interface PayloadOptions {
  readonly idleMs: number;
  /** Bodies above this many bytes go to a file in `dir`; smaller ones to one buffer. */
  readonly diskThresholdBytes: number;
  readonly dir: string;
  /** A unique file name for the next body stored on disk. */
  readonly nextFileName: () => string;
}

export type PayloadResult = Exclude<BodyResult, { kind: 'read' }> | { readonly kind: 'received'; readonly payload: ReceivedPayload };

/** Leaf digests (§5) and the linear SHA-256 of a body, fed chunk by chunk as it arrives. */
class PayloadHasher {
  readonly leaves: Buffer[] = [];
  readonly #linear = createHash('sha256');
  #leaf: Hash = createHash('sha256');
  #leafBytes = 0;

  update(chunk: Buffer): void {
    this.#linear.update(chunk);
    for (let offset = 0; offset < chunk.length; ) {
      const take = Math.min(MIB - this.#leafBytes, chunk.length - offset);
      this.#leaf.update(take === chunk.length ? chunk : chunk.subarray(offset, offset + take));
      offset += take;
      this.#leafBytes += take;
      if (this.#leafBytes === MIB) this.#closeLeaf();
    }
  }

  #closeLeaf(): void {
    this.leaves.push(this.#leaf.digest());
    this.#leaf = createHash('sha256');
    this.#leafBytes = 0;
  }

  finish(): { leaves: Buffer[]; sha256: string } {
    if (this.#leafBytes > 0) this.#closeLeaf();
    return { leaves: this.leaves, sha256: this.#linear.digest('hex') };
  }
}

/**
 * Receives an archive body of `declared` bytes (its Content-Length) as it arrives: the
 * leaf digests and SHA-256 are computed on the way, and the bytes go to one buffer or,
 * above the threshold, to a file written with backpressure (the request is paused while
 * the disk catches up), so memory stays bounded whatever the size. A client that goes
 * away or stalls leaves nothing behind: the file is closed and removed.
 */
export function receivePayload(req: IncomingMessage, declared: number, options: PayloadOptions): Promise<PayloadResult> {
  return new Promise((settle) => {
    const hasher = new PayloadHasher();
    const onDisk = declared > options.diskThresholdBytes;
    const path = onDisk ? join(options.dir, options.nextFileName()) : '';
    const file: WriteStream | undefined = onDisk ? createWriteStream(path) : undefined;
    const memory = onDisk ? undefined : Buffer.allocUnsafe(declared);
    let received = 0;
    let done = false;
    const timer = setTimeout(() => fail({ kind: 'timed-out' }), options.idleMs);
    const finish = (result: PayloadResult) => {
      done = true;
      clearTimeout(timer);
      req.off('data', onData);
      settle(result);
    };
    const fail = (result: PayloadResult) => {
      if (done) return;
      if (file) {
        file.destroy();
        unlink(path, () => {});
      }
      finish(result);
    };
    const onData = (chunk: Buffer) => {
      if (done) return;
      timer.refresh();
      hasher.update(chunk);
      if (memory) chunk.copy(memory, received);
      else if (!file!.write(chunk)) {
        // Waiting for the disk is the server's delay, not the client's: the idle clock stops meanwhile.
        req.pause();
        clearTimeout(timer);
        file!.once('drain', () => {
          if (done) return;
          timer.refresh();
          req.resume();
        });
      }
      received += chunk.length;
    };
    req.on('data', onData);
    req.on('end', () => {
      if (done) return;
      const { leaves, sha256 } = hasher.finish();
      if (memory) return finish({ kind: 'received', payload: { bytes: memory.subarray(0, received), leafDigests: leaves, sha256 } });
      // Resolve once the last bytes reached the file, so a job reading it sees them all.
      file!.end(() => (done ? undefined : finish({ kind: 'received', payload: { bytes: new FileBytes(path, received), leafDigests: leaves, sha256 } })));
    });
    // 'close' after 'end' is harmless: a received body is settled in end's callback, not failed.
    req.on('close', () => {
      if (!req.complete) fail({ kind: 'aborted' });
    });
    req.on('error', () => fail({ kind: 'aborted' }));
    file?.on('error', () => fail({ kind: 'aborted' }));
  });
}
