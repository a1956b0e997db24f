import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root';
import { ONE_FAULT_PER_FAMILY } from '../mutants/faults';
import type { ConformanceReport } from '../report/report-model';
import { targetCheck, type BenchResult, type Measurement, type TargetCheck } from './bench-result';
import { startCliServer } from './cli-server';


/**
 * One fault per family over HTTP. The errors family's quick fault, xml-error-body, answers every
 * error as XML, which the one-request probe before a run over HTTP reads as "not a Glacier
 * endpoint" (exit 3, nothing judged); over HTTP the errors family gets its other quick fault.
 */
const FAULTS = ONE_FAULT_PER_FAMILY.map(([family, fault]) => [family, fault === 'xml-error-body' ? 'not-found-code-renamed' : fault] as const);

interface Timed {
  readonly seconds: number;
  readonly report: ConformanceReport;
}

/** The default `run` (every family at once, default caps) against `serve ARGS`, from the built CLI, timed. */
async function timedRun(serveArgs: readonly string[], runArgs: readonly string[]): Promise<Timed> {
  const server = await startCliServer(['serve', '--port', '0', ...serveArgs]);
  const out = mkdtempSync(join(tmpdir(), 'gc-bench-run-'));
  try {
    const started = process.hrtime.bigint();
    const cli = join(packageRoot(), 'dist', 'glacier-conformance.js');
    spawnSync(process.execPath, [cli, 'run', '--target', server.url, '--unsigned', '--profile', 'reference', '--seed', '1', '--concurrency', '8', '--out', out, ...runArgs], { stdio: 'ignore', timeout: 30 * 60 * 1000 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { seconds, report: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ConformanceReport };
  } finally {
    rmSync(out, { recursive: true, force: true });
    await server.stop();
  }
}

const footprintNote = (label: string, { report, seconds }: Timed) =>
  `${label}: ${seconds.toFixed(1)} s, verdict ${report.verdict} (${report.counts.passed} passed, ${report.counts.failed} failed, ${report.counts.inconclusive} inconclusive), CreateVault ${report.footprint.requests['CreateVault'] ?? 0}, UploadArchive ${report.footprint.requests['UploadArchive'] ?? 0}, InitiateJob ${report.footprint.requests['InitiateJob'] ?? 0}, GetJobOutput ${report.footprint.requests['GetJobOutput'] ?? 0}${report.footprint.capReached ? `; ${report.footprint.capReached}` : ''}`;

/**
 * Issue 12: a verdict in about one job latency. The default run against `serve
 * --job-delay-ms L` (a correct target) for L = 2 s and 20 s, held to 2·L + 60 s and
 * to a conformant verdict; then against `serve --fault NAME --job-delay-ms 2000` for one
 * fault per family, held to 2·L + 120 s, caught by its family, counterexample ≤ 6 commands.
 */
export async function runVerdictLatency(): Promise<BenchResult> {
  const measurements: Measurement[] = [];
  const targets: TargetCheck[] = [];
  const notes: string[] = [];
  for (const delayS of [2, 20]) {
    const timed = await timedRun(['--job-delay-ms', String(delayS * 1000)], []);
    measurements.push({ label: `correct target, L = ${delayS} s`, value: timed.seconds, unit: 's' });
    targets.push(targetCheck(`wall, L = ${delayS} s (≤ 2·L + 60 s)`, timed.seconds, 's', '<=', 2 * delayS + 60));
    targets.push(targetCheck(`conformant verdict, L = ${delayS} s`, timed.report.verdict === 'conformant' ? 1 : 0, 'yes', '>=', 1));
    notes.push(footprintNote(`L = ${delayS} s`, timed));
  }
  for (const [family, fault] of FAULTS) {
    const timed = await timedRun(['--job-delay-ms', '2000', '--fault', fault], []);
    const caught = timed.report.checks.filter((check) => check.family === family && check.status === 'failed');
    const commands = Math.min(...caught.map((check) => check.failure?.commands.length ?? Infinity));
    measurements.push({ label: `${fault} (${family})`, value: timed.seconds, unit: 's' });
    targets.push(targetCheck(`${fault}: wall (≤ 2·L + 120 s)`, timed.seconds, 's', '<=', 124));
    targets.push(targetCheck(`${fault}: caught by ${family}`, caught.length, 'checks', '>=', 1));
    targets.push(targetCheck(`${fault}: counterexample commands`, Number.isFinite(commands) ? commands : 99, 'commands', '<=', 6));
    notes.push(footprintNote(fault, timed));
  }
  notes.push('run --target URL --unsigned --profile reference --seed 1 --concurrency 8, default footprint caps; serve in its own process');
  return { measurements, targets, notes };
}
