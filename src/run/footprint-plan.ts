import { MAX_ARCHIVE_BYTES } from '../../properties/arbitraries';
import { FAMILY_FIXTURES, jobsOf, uploadsOf } from '../../properties/fixtures';
import type { FootprintCaps } from '../transport/footprint';
import type { RunPlan } from './run-plan';

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/**
 * What `run --plan` prints: the bounds the run stays within, from its caps alone (the
 * transport refuses any request past one), before any request is sent. Pure.
 */
export function footprintPlan(plan: RunPlan): string {
  const caps: FootprintCaps = plan.caps ?? {};
  const none = (flag: string) => `no cap (${flag} sets one)`;
  const lines = [
    `glacier-conformance run --plan: ${plan.target.description}, profile ${plan.profile.name}, seed ${plan.seed}, ${plan.numRuns} runs per family, families ${plan.families.join(', ')}`,
    plan.target.url === undefined
      ? 'The embedded reference lives in memory and bills nothing: only the caps set by flags apply.'
      : 'The run stays within these bounds whatever the seed, the failures and the shrinking; reaching one stops generation (inconclusive).',
    `  vaults created     ${caps.vaults === undefined ? none('--max-vaults') : `≤ ${caps.vaults}`}, one per family, named glacier-conformance-${plan.runId}-<family>; each is emptied and deleted once its family is done (Glacier refuses to delete a vault that held archives until its next inventory, about a day: the report lists those left behind)`,
    `  archives uploaded  ${caps.uploads === undefined ? none('--max-uploads') : `≤ ${caps.uploads}, ≤ ${mib(caps.uploads * MAX_ARCHIVE_BYTES)} (each ≤ ${mib(MAX_ARCHIVE_BYTES)})`}; every one is deleted again`,
    `  jobs initiated     ${caps.jobs === undefined ? none('--max-jobs') : `≤ ${caps.jobs}`} archive-retrieval and inventory-retrieval together, tiers Expedited, Standard, Bulk or none (Standard) among them`,
    `  bytes retrieved    ${caps.retrievedBytes === undefined ? none('--max-retrieved-mib') : `≤ ${mib(caps.retrievedBytes + (plan.concurrency ?? 1) * MAX_ARCHIVE_BYTES)} (no GetJobOutput is sent once ${mib(caps.retrievedBytes)} were retrieved; one in flight per family then adds an output at most)`}`,
    '  by family (a correct target; the preparation uploads and initiates, the sequences read, only lifecycle and list-jobs initiate fresh jobs):',
    ...plan.families.map((family) => {
      const fixtures = FAMILY_FIXTURES[family];
      const fresh = fixtures.freshJobs ?? 0;
      return `    ${family.padEnd(12)} 1 vault, ${uploadsOf(fixtures)} uploads, ≤ ${jobsOf(fixtures)} jobs (${jobsOf(fixtures) - fresh} prepared, ${fresh} fresh)`;
    }),
    `  families at once   ${plan.concurrency ?? 1}${plan.target.rate === undefined ? '' : `, within ${plan.target.rate} requests per second`}`,
    'A request the target refuses (4xx) created nothing and does not count against a cap; the report lists every request sent.',
    'Nothing was sent: run without --plan to start.',
  ];
  return `${lines.join('\n')}\n`;
}
