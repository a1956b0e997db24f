import { transportError } from './transport-failure';

/** Waiting as an input: tests pass a sleep that advances a manual clock instead of the wall clock. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** The real timer. Rejects with an `aborted` TransportError when `signal` fires first. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(transportError('aborted', 'aborted while waiting'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(transportError('aborted', 'aborted while waiting'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
