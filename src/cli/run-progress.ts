import type { Family } from '../checks/check-definition';
import type { FamilyResult } from '../engine/check-result';
import type { FamilyProgress } from '../engine/run-family';

export interface ProgressDisplay {
  start(family: Family): void;
  progress(progress: FamilyProgress): void;
  end(result: FamilyResult): void;
  stop(): void;
}

const summary = (result: FamilyResult) => {
  const count = (status: string) => result.checks.filter((check) => check.status === status).length;
  return `${count('passed')} passed, ${count('failed')} failed, ${count('known')} known, ${count('inconclusive')} inconclusive`;
};

/** Without a TTY (CI): one plain line when a family starts and one when it ends. */
export function plainProgress(write: (text: string) => void): ProgressDisplay {
  return {
    start: (family) => write(`[${family}] running\n`),
    progress: () => undefined,
    end: (result) => write(`[${result.family}] ${summary(result)} (${result.runs} runs, ${(result.durationMs / 1000).toFixed(1)} s)\n`),
    stop: () => undefined,
  };
}

/** With a TTY: a live board, one line per family, redrawn in place (runs, failures, elapsed). */
export function liveProgress(write: (text: string) => void, families: readonly Family[], now: () => number): ProgressDisplay {
  const lines = new Map<Family, string>(families.map((family) => [family, 'waiting']));
  const startedAt = new Map<Family, number>();
  const live = new Map<Family, FamilyProgress>();
  let drawn = 0;
  const draw = () => {
    const board = families.map((family) => {
      const running = live.get(family);
      const since = startedAt.get(family);
      const text = running && since !== undefined && lines.get(family) === 'running'
        ? `running: ${running.runs} runs, ${running.failures} failures, ${((now() - since) / 1000).toFixed(1)} s`
        : lines.get(family);
      return `  ${family.padEnd(12)} ${text}`;
    });
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
    end: (result) => {
      lines.set(result.family as Family, `done: ${summary(result)} (${result.runs} runs, ${(result.durationMs / 1000).toFixed(1)} s)`);
      draw();
    },
    stop: () => {
      clearInterval(timer);
      draw();
    },
  };
}
