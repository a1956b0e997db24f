import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startListening } from '../testing/cli-process';

/** A `glacier-conformance` server subcommand running in its own process. */
export interface CliServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resident memory of the server process in bytes, from /proc. */
  rss(): number;
  /** CPU time the server process has used so far (user + system), in seconds, from /proc. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/**
 * Starts `glacier-conformance <args>` (serve or mock) from the built bundle and resolves once
 * it prints `listening on URL`. Running servers in their own process keeps the load generator's
 * CPU and memory out of their numbers.
 */
export async function startCliServer(args: readonly string[]): Promise<CliServer> {
  const { url, child, stop } = await startListening(args, process.env, { stderr: 'inherit' });
  return {
    url,
    child,
    rss: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024,
    cpuSeconds: () => {
      // /proc/PID/stat fields after the command name: utime and stime are the 12th and 13th, in clock ticks.
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    stop,
  };
}
