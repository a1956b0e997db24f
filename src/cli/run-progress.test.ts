import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveProgress, plainProgress } from './run-progress';

describe('progress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('prints a heartbeat at least every 10 s in CI while a family runs (family, runs of total, jobs pending, elapsed)', () => {
    const lines: string[] = [];
    const display = plainProgress((text) => lines.push(text), 20, Date.now);
    let pending = 4;
    display.watchJobs({ pendingJobs: () => pending });
    display.start('lifecycle');
    display.progress({ family: 'lifecycle', runs: 3, failures: 0 });
    vi.advanceTimersByTime(15_000);
    pending = 1;
    vi.advanceTimersByTime(10_000);
    expect(lines).toEqual(['[lifecycle] running\n', '[lifecycle] 3/20 runs, 0 failing, 4 jobs pending, 10 s in family, 10 s elapsed\n', '[lifecycle] 3/20 runs, 0 failing, 1 jobs pending, 20 s in family, 20 s elapsed\n']);
    display.end({ family: 'lifecycle', checks: [], runs: 20, durationMs: 25_000, retries: 0 });
    vi.advanceTimersByTime(30_000);
    expect(lines).toHaveLength(4);
    display.stop();
  });

  it('adds a total line with an ETA on a TTY', () => {
    let screen = '';
    const display = liveProgress((text) => (screen = text), ['spec', 'errors'], 10, Date.now);
    display.start('spec');
    vi.advanceTimersByTime(4_000);
    display.progress({ family: 'spec', runs: 5, failures: 0 });
    vi.advanceTimersByTime(1_000);
    // 5 of 20 runs in 5 s: 15 s to go.
    expect(screen).toMatch(/total\s+5\/20 runs, 0\/2 families, 5 s elapsed, ETA 15 s/);
    display.stop();
  });
});
