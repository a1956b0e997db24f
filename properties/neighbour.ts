import type fc from 'fast-check';
import type { GlacierClient } from '../src/transport/glacier-client';
import type { GlacierReal } from './glacier-real';
import { archiveContent } from './model/archive-content';

/**
 * Another client of the same account, busy in a vault of its own while the
 * model's commands run: what a shared staging endpoint looks like. Its jobs
 * never enter the model's vault, so checks that assume the model knows every
 * job there stay sound; what they prove is that another vault's jobs neither
 * show up in the model's listings nor disturb its jobs, ids or order.
 */
export interface Neighbour {
  readonly vaultName: string;
  readonly archiveId?: string;
  /** Jobs it initiated so far (it alternates archive and inventory retrievals). */
  initiated: number;
}

/** Creates the neighbour's vault with one archive; best effort: a refusal only makes its jobs fail. */
export async function startNeighbour(client: GlacierClient, vaultName: string): Promise<Neighbour> {
  await client.createVault({ vaultName });
  const uploaded = await client.uploadArchive({ vaultName, body: archiveContent(1024 * 1024 + 3, 5), description: 'neighbour' });
  const archiveId = uploaded.response?.headers['x-amz-archive-id'];
  return { vaultName, ...(archiveId ? { archiveId } : {}), initiated: 0 };
}

export async function stopNeighbour(client: GlacierClient, neighbour: Neighbour): Promise<void> {
  if (neighbour.archiveId) await client.deleteArchive({ vaultName: neighbour.vaultName, archiveId: neighbour.archiveId });
  await client.deleteVault({ vaultName: neighbour.vaultName });
}

function initiateNeighbourJob(client: GlacierClient, neighbour: Neighbour): Promise<unknown> {
  neighbour.initiated += 1;
  const archive = neighbour.initiated % 2 === 1 && neighbour.archiveId !== undefined;
  const jobParameters = archive ? { Type: 'archive-retrieval', ArchiveId: neighbour.archiveId!, Tier: 'Expedited' } : { Type: 'inventory-retrieval', Format: 'CSV' };
  return client.initiateJob({ vaultName: neighbour.vaultName, jobParameters });
}

/** `command`, with the neighbour initiating a job of its own at the same time (not awaited until the command is done). */
export function alongsideNeighbour<M extends object>(command: fc.AsyncCommand<M, GlacierReal, boolean>): fc.AsyncCommand<M, GlacierReal, boolean> {
  return {
    check: (model) => command.check(model),
    run: async (model, real) => {
      const concurrent = real.neighbour ? initiateNeighbourJob(real.client, real.neighbour) : undefined;
      try {
        await command.run(model, real);
      } finally {
        await concurrent;
      }
    },
    toString: () => command.toString(),
  };
}
