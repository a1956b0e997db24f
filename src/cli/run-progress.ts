import type { Family } from '../checks/check-definition';
import type { FamilyResult } from '../engine/check-result';
import type { FamilyProgress } from '../engine/run-family';

export interface ProgressDisplay {
  start(family: Family): void;
  progress(progress: FamilyProgress): void;
  end(result: FamilyResult): void;
  /** Where the heartbeat reads how many jobs are still pending. */
  watchJobs(status: { pendingJobs(): number }): void;
  stop(): void;
}

/** How often CI sees a line while a family runs: long jobs leave minutes between runs. */
export const HEARTBEAT_MS = 10_000;

const summary = (result: FamilyResult) => {
  const count = (status: string) => result.checks.filter((check) => check.status === status).length;
  return `${count('passed')} passed, ${count('failed')} failed, ${count('known')} known, ${count('inconclusive')} inconclusive`;
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

/**
 * Without a TTY (CI): a line when a family starts and ends, and a heartbeat
 * every {@link HEARTBEAT_MS} in between (family, runs done of total, failures,
 * jobs pending, elapsed), so a log never goes silent long enough to look hung.
 */
export function plainProgress(write: (text: string) => void, numRuns: number, now: () => number, heartbeatMs = HEARTBEAT_MS): ProgressDisplay {
  let current: { family: Family; since: number; runs: number; failures: number } | undefined;
  let jobs: { pendingJobs(): number } | undefined;
  const started = now();
  const timer = setInterval(() => {
    const pending = jobs ? `, ${jobs.pendingJobs()} jobs pending` : '';
    if (current) write(`[${current.family}] ${current.runs}/${numRuns} runs, ${current.failures} failing${pending}, ${seconds(now() - current.since)} in family, ${seconds(now() - started)} elapsed\n`);
  }, heartbeatMs);
  timer.unref();
  return {
    start: (family) => {
      current = { family, since: now(), runs: 0, failures: 0 };
      write(`[${family}] running\n`);
    },
    progress: (progress) => {
      if (current && current.family === progress.family) current = { ...current, runs: progress.runs, failures: progress.failures };
    },
    end: (result) => {
      current = undefined;
      write(`[${result.family}] ${summary(result)} (${result.runs} runs, ${(result.durationMs / 1000).toFixed(1)} s)\n`);
      for (const note of result.notes ?? []) write(`[${result.family}] note: ${note}\n`);
    },
    watchJobs: (status) => {
      jobs = status;
    },
    stop: () => clearInterval(timer),
  };
}

/** With a TTY: a live board, one line per family redrawn in place, and a total line with an ETA from the pace so far. */
export function liveProgress(write: (text: string) => void, families: readonly Family[], numRuns: number, now: () => number): ProgressDisplay {
  const lines = new Map<Family, string>(families.map((family) => [family, 'waiting']));
  const startedAt = new Map<Family, number>();
  const live = new Map<Family, FamilyProgress>();
  const done = new Map<Family, number>();
  const began = now();
  let drawn = 0;
  const total = () => {
    const runs = families.reduce((sum, family) => sum + Math.min(numRuns, done.get(family) ?? live.get(family)?.runs ?? 0), 0);
    const all = families.length * numRuns;
    const elapsed = now() - began;
    const eta = runs > 0 && runs < all ? `, ETA ${seconds((elapsed / runs) * (all - runs))}` : '';
    return `  ${'total'.padEnd(12)} ${runs}/${all} runs, ${done.size}/${families.length} families, ${seconds(elapsed)} elapsed${eta}`;
  };
  const draw = () => {
    const board = families.map((family) => {
      const running = live.get(family);
      const since = startedAt.get(family);
      const text = running && since !== undefined && lines.get(family) === 'running'
        ? `running: ${running.runs}/${numRuns} runs, ${running.failures} failures, ${((now() - since) / 1000).toFixed(1)} s`
        : lines.get(family);
      return `  ${family.padEnd(12)} ${text}`;
    });
    board.push(total());
    write(`${drawn > 0 ? `\x1b[${drawn}A` : ''}${board.map((line) => `\x1b[2K${line}`).join('\n')}\n`);
    drawn = board.length;
  };
  const timer = setInterval(draw, 250);
  timer.unref();
  draw();
  return {
    start: (family) => {
      startedAt.set(family, now());
      lines.set(family, 'running');
      draw();
    },
    progress: (progress) => live.set(progress.family as Family, progress),
    watchJobs: () => undefined,
    end: (result) => {
      done.set(result.family as Family, result.runs);
      lines.set(result.family as Family, `done: ${summary(result)} (${result.runs} runs, ${(result.durationMs / 1000).toFixed(1)} s)`);
      draw();
    },
    stop: () => {
      clearInterval(timer);
      draw();
    },
  };
}
