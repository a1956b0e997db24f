import type { FootprintSummary } from '../transport/footprint';

const addCounts = (counts: readonly Readonly<Record<string, number>>[]) => {
  const sum: Record<string, number> = {};
  for (const count of counts) for (const [key, value] of Object.entries(count)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
};

/** The footprint of shards together: counts added, vault lists joined; each shard held its own caps. */
export function mergeFootprints(footprints: readonly FootprintSummary[]): FootprintSummary {
  const capReached = footprints.find((footprint) => footprint.capReached)?.capReached;
  const total = (pick: (footprint: FootprintSummary) => number) => footprints.reduce((sum, footprint) => sum + pick(footprint), 0);
  const cap = (pick: (footprint: FootprintSummary) => number | null) => (footprints.some((footprint) => pick(footprint) === null) ? null : total((footprint) => pick(footprint)!));
  return {
    caps: { vaults: cap((f) => f.caps.vaults), uploads: cap((f) => f.caps.uploads), jobs: cap((f) => f.caps.jobs), retrievedBytes: cap((f) => f.caps.retrievedBytes) },
    requests: addCounts(footprints.map((footprint) => footprint.requests)),
    retries: total((footprint) => footprint.retries),
    vaults: {
      created: footprints.flatMap((footprint) => footprint.vaults.created).sort(),
      deleted: footprints.flatMap((footprint) => footprint.vaults.deleted),
      leftBehind: footprints.flatMap((footprint) => footprint.vaults.leftBehind),
    },
    uploads: { count: total((footprint) => footprint.uploads.count), bytes: total((footprint) => footprint.uploads.bytes) },
    jobs: {
      total: total((footprint) => footprint.jobs.total),
      byType: addCounts(footprints.map((footprint) => footprint.jobs.byType)),
      byTier: addCounts(footprints.map((footprint) => footprint.jobs.byTier)),
    },
    bytesRetrieved: total((footprint) => footprint.bytesRetrieved),
    ...(capReached ? { capReached } : {}),
  };
}
