import { escapeHtml } from './escape-html';
import type { FootprintSummary } from '../transport/footprint';
import { counted, mib } from './footprint-text';

const escape = escapeHtml;

/** report.html's footprint section: what the run created on, and retrieved from, the target. */
export function footprintHtml(footprint: FootprintSummary): string {
  const { caps } = footprint;
  const cap = (value: number | null, shown = String(value)) => (value === null ? 'no cap' : `cap ${escape(shown)}`);
  const row = (name: string, value: string, limit: string) => `<tr><td>${name}</td><td>${value}</td><td>${limit}</td></tr>`;
  const left = footprint.vaults.leftBehind.map((vault) => `<li><code>${escape(vault.name)}</code>: ${escape(vault.reason)}</li>`).join('');
  return `<h2>Footprint</h2>
<table id="footprint"><tbody>
${row('Vaults created', `${footprint.vaults.created.length} (${footprint.vaults.deleted.length} deleted, <span data-left-behind="${footprint.vaults.leftBehind.length}">${footprint.vaults.leftBehind.length} left behind</span>)`, cap(caps.vaults))}
${row('Archives uploaded', `${footprint.uploads.count} (${mib(footprint.uploads.bytes)})`, cap(caps.uploads))}
${row('Jobs initiated', `${footprint.jobs.total}: ${escape(counted(footprint.jobs.byType))}; archive tiers: ${escape(counted(footprint.jobs.byTier))}`, cap(caps.jobs))}
${row('Bytes retrieved', mib(footprint.bytesRetrieved), cap(caps.retrievedBytes, caps.retrievedBytes === null ? '' : mib(caps.retrievedBytes)))}
${row('Requests', `${escape(counted(footprint.requests))}; ${footprint.retries} retries`, '')}
</tbody></table>
${footprint.capReached ? `<p class="reason">Generation stopped: ${escape(footprint.capReached)}.</p>` : ''}${left ? `<p>Vaults left behind:</p><ul id="left-behind">${left}</ul>` : ''}`;
}
