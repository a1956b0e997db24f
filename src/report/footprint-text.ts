import type { FootprintSummary } from '../transport/footprint';

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

const capped = (used: number, cap: number | null) => (cap === null ? `${used}` : `${used}/${cap}`);

/** `type 3, other 1`, largest first; `none` when empty. */
export const counted = (counts: Readonly<Record<string, number>>) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([key, count]) => `${key} ${count}`)
    .join(', ') || 'none';

/** The footprint in one line, for the end of `run` (used/cap where a cap applies). */
export function footprintLine(footprint: FootprintSummary): string {
  const { caps, requests } = footprint;
  return [
    `footprint: vaults ${capped(footprint.vaults.created.length, caps.vaults)} created (${footprint.vaults.leftBehind.length} left behind)`,
    `uploads ${capped(footprint.uploads.count, caps.uploads)} (${mib(footprint.uploads.bytes)})`,
    `jobs ${capped(footprint.jobs.total, caps.jobs)}`,
    `${mib(footprint.bytesRetrieved)} retrieved`,
    `${Object.values(requests).reduce((sum, count) => sum + count, 0)} requests, ${footprint.retries} retries`,
  ].join(' · ') + (footprint.capReached ? `\n  generation stopped: ${footprint.capReached}` : '');
}

/** How summary.md quotes target text (render-markdown's escape and code span), so a vault name or reason never leaves its line. */
export interface MarkdownQuoting {
  readonly escape: (text: string) => string;
  readonly codeSpan: (text: string) => string;
}

/** The summary.md section, as a list (the check table stays the only table): what the run created and left behind. */
export function footprintMarkdown(footprint: FootprintSummary, quote: MarkdownQuoting): string[] {
  const caps = footprint.caps;
  const cap = (value: number | null) => (value === null ? 'no cap' : `cap ${value}`);
  const lines = [
    '**Footprint** (what the run created on the target)',
    '',
    `- Vaults created: ${footprint.vaults.created.length} (${footprint.vaults.deleted.length} deleted, ${footprint.vaults.leftBehind.length} left behind), ${cap(caps.vaults)}`,
    `- Archives uploaded: ${footprint.uploads.count} (${mib(footprint.uploads.bytes)}), ${cap(caps.uploads)}`,
    `- Jobs initiated: ${footprint.jobs.total}: ${quote.escape(counted(footprint.jobs.byType))}; archive tiers: ${quote.escape(counted(footprint.jobs.byTier))}, ${cap(caps.jobs)}`,
    `- Bytes retrieved: ${mib(footprint.bytesRetrieved)}, ${caps.retrievedBytes === null ? 'no cap' : `cap ${mib(caps.retrievedBytes)}`}`,
    `- Requests: ${quote.escape(counted(footprint.requests))}; ${footprint.retries} retries`,
  ];
  if (footprint.capReached) lines.push('', `Generation stopped: ${quote.escape(footprint.capReached)}.`);
  if (footprint.vaults.leftBehind.length > 0) {
    lines.push('', 'Vaults left behind:', '');
    for (const vault of footprint.vaults.leftBehind) lines.push(`- ${quote.codeSpan(vault.name)}: ${quote.escape(vault.reason)}`);
  }
  return lines;
}
