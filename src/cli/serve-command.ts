import { constants as bufferConstants } from 'node:buffer';
import { startReferenceServer } from '../reference';
import type { SigV4Credentials } from '../reference';
import { ALL_FAULTS, faultNamed, type Fault } from '../mutants/faults';
import { parseSnsEndpoints } from '../reference/sns-delivery';
import type { CommandMain } from './commands';
import { ExitCode } from '../core/exit-code';
import { TABLE } from './command-table';
import { didYouMean } from './did-you-mean';
import { parseFlags, parseIntegerFlag } from './parse-flags';
import { parseRealismFlags } from './realism-flags';
import { systemClock } from '../core/clock';
import { adjustableClock, TEST_CLOCK_PREFIX } from '../reference/realism/test-clock';
import { UsageError } from '../core/usage-error';

/** `--list-faults`: one line per faulty variant, name, family meant to catch it, and what it breaks. */
function listFaults(): string {
  const width = Math.max(...ALL_FAULTS.map((fault) => fault.name.length));
  const familyWidth = Math.max(...ALL_FAULTS.map((fault) => fault.family.length));
  return ALL_FAULTS.map((fault) => `${fault.name.padEnd(width)}  ${fault.family.padEnd(familyWidth)}  ${fault.description}\n`).join('');
}

function selectFault(name: string | undefined): Fault | undefined {
  if (name === undefined) return undefined;
  const fault = faultNamed(name);
  if (!fault) throw new UsageError(`serve: no fault named '${name}'${didYouMean(name, ALL_FAULTS.map((candidate) => candidate.name))} (glacier-conformance serve --list-faults lists them)`);
  return fault;
}

/** --sigv4 takes the one key pair it accepts from the environment, never from argv (shell history). */
function credentialsFromEnv(): SigV4Credentials {
  const accessKeyId = process.env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    throw new UsageError('serve: --sigv4 needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment');
  }
  return { accessKeyId, secretAccessKey };
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * `serve`: the reference Glacier over HTTP, for client developers and for `run --target`;
 * with `--fault NAME`, one of its faulty variants, to see a suite catch it.
 * Prints `listening on http://HOST:PORT` as its first line once it accepts connections,
 * and stops cleanly on SIGINT or SIGTERM.
 */
export const serveCommand: CommandMain = async (argv) => {
  const { values } = parseFlags(TABLE.serve, argv);
  if (values['list-faults']) {
    process.stdout.write(listFaults());
    return ExitCode.Ok;
  }
  const fault = selectFault(values.fault);
  const realism = parseRealismFlags('serve', values);
  const testClock = values['test-clock'] ? adjustableClock(systemClock) : undefined;
  const accountId = values['account-id'];
  if (accountId !== undefined && !/^\d{12}$/.test(accountId)) throw new UsageError(`serve: --account-id takes 12 digits, got '${accountId}'`);
  const region = values.region;
  if (region !== undefined && !/^[a-z]{2}(-[a-z0-9]+)+$/.test(region)) throw new UsageError(`serve: --region is not a region name: '${region}'`);
  const config = {
    ...(accountId !== undefined ? { accountId } : {}),
    ...(region !== undefined ? { region } : {}),
    jobDelayMs: parseIntegerFlag('serve', 'job-delay-ms', values['job-delay-ms'], { min: 0, max: 2 ** 31 - 1 }),
    maxArchiveBytes: parseIntegerFlag('serve', 'max-archive-bytes', values['max-archive-bytes'], { min: 1, max: bufferConstants.MAX_LENGTH }),
  };
  const defined = Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined));
  const port = parseIntegerFlag('serve', 'port', values.port, { min: 0, max: 65535 }) ?? 4011;
  const host = values.host ?? '127.0.0.1';
  const credentials = values.sigv4 ? credentialsFromEnv() : undefined;
  const snsEndpoints = parseSnsEndpoints(values['sns-endpoint'] ?? []);
  if (typeof snsEndpoints === 'string') throw new UsageError(`serve: ${snsEndpoints}`);
  // Handlers go in before the first line is printed: a caller may signal as soon as it reads it.
  const stopped = untilSignal();
  let server;
  try {
    server = await startReferenceServer({ host, port, config: defined, snsEndpoints, ...(credentials ? { credentials } : {}), ...(fault ? { rules: fault.rules } : {}), ...(realism ? { realism } : {}), ...(testClock ? { testClock } : {}) });
  } catch (error) {
    throw new UsageError(`serve: cannot listen on ${host}:${port}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  process.stdout.write(`listening on ${server.url}\n`);
  if (realism) process.stderr.write(`realistic mode (aws) at time scale ${realism.timeScale}: a Standard job takes ${Math.round(3 * 3600 / realism.timeScale)}–${Math.round(5 * 3600 / realism.timeScale)} s, a day ${Math.round(86400 / realism.timeScale)} s\n`);
  if (testClock) process.stderr.write(`test clock: POST ${server.url}${TEST_CLOCK_PREFIX}/advance?ms=N moves the reference's clock\n`);
  if (fault) process.stderr.write(`serving the faulty variant ${fault.name} (${fault.family} must catch it): ${fault.description}\n`);
  await stopped;
  await server.close();
  return ExitCode.Ok;
};
