/**
 * Time as an input. The reference Glacier and the engine read the time only
 * through a Clock, so the suite's own tests can run a job's whole life
 * (InProgress → Succeeded) in milliseconds and deterministically.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** The wall clock: only the I/O shell (CLI, servers) uses it. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that moves only when told to: for tests and the embedded reference. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

export function manualClock(startMs = Date.UTC(2026, 0, 1)): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (ms) => {
      current = ms;
    },
  };
}
