import { describe, expect, it } from 'vitest';
import { patternBytes, testReference } from '../../testing/reference-test-kit';
import { AWS_REALISM, realismConfig } from './realism-config';

const K = 1000;
const DAY = (24 * 3600 * 1000) / K;
const HOUR = (3600 * 1000) / K;
const ARN = (vault: string) => `arn:aws:glacier:us-east-1:111122223333:vaults/${vault}`;

/** The realistic reference at time scale 1000, throttle and refusals off unless a test turns them on. */
function realistic(overrides: Parameters<typeof realismConfig>[0] = {}) {
  return testReference({ realism: realismConfig({ timeScale: K, expeditedRefusal: 0, throttle: { ratePerSecond: 0, burst: 1 }, ...overrides }) });
}

function errorOf(ref: ReturnType<typeof realistic>, response: ReturnType<ReturnType<typeof realistic>['send']>) {
  return { status: response.status, ...ref.json(response) };
}

describe('realistic mode: job latency per tier (§9.5)', () => {
  it.each([
    ['Expedited', 60_000, 5 * 60_000],
    ['Standard', 3 * 3600_000, 5 * 3600_000],
    ['Bulk', 5 * 3600_000, 12 * 3600_000],
  ] as const)('%s jobs take %d–%d ms divided by the time scale, InProgress until then', (tier, min, max) => {
    const ref = realistic();
    ref.createVault('v');
    const archive = ref.upload('v', patternBytes(10));
    const delays = new Set<number>();
    for (let i = 0; i < 8; i++) {
      const start = ref.clock.now();
      const id = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archive, Tier: tier });
      const job = ref.state.vaults.get('v')!.jobs.get(id)!;
      const delay = job.readyAt - start;
      expect(delay).toBeGreaterThanOrEqual(min / K);
      expect(delay).toBeLessThanOrEqual(max / K);
      delays.add(delay);
      expect(ref.json(ref.send('GET', `/-/vaults/v/jobs/${id}`)).StatusCode).toBe('InProgress');
    }
    expect(delays.size).toBeGreaterThan(1);
  });
});

describe('realistic mode: daily snapshots, the first-inventory gate and DescribeVault (§9.1, §9.2)', () => {
  it('refuses inventory jobs with AWS wording until the first snapshot after a write, then lists the snapshot', () => {
    const ref = realistic();
    ref.createVault('v');
    const first = ref.upload('v', patternBytes(5));
    const refused = ref.send('POST', '/-/vaults/v/jobs', { body: JSON.stringify({ Type: 'inventory-retrieval' }) });
    expect(errorOf(ref, refused)).toEqual({
      status: 404,
      code: 'ResourceNotFoundException',
      type: 'Client',
      message: `Inventory retrieval jobs for vault ${ARN('v')} cannot be initiated yet, as Amazon Glacier has not yet generated an initial inventory for this vault.`,
    });
    expect(ref.json(ref.send('GET', '/-/vaults/v'))).toMatchObject({ NumberOfArchives: 0, SizeInBytes: 0, LastInventoryDate: null });
    ref.clock.advance(DAY);
    const second = ref.upload('v', patternBytes(7)); // after the snapshot: not in it
    const inventoryDate = new Date(Date.UTC(2026, 0, 1) + DAY).toISOString();
    expect(ref.json(ref.send('GET', '/-/vaults/v'))).toMatchObject({ NumberOfArchives: 1, SizeInBytes: 5, LastInventoryDate: inventoryDate });
    const job = ref.initiate('v', { Type: 'inventory-retrieval' });
    ref.clock.advance(5 * HOUR);
    const inventory = ref.json(ref.send('GET', `/-/vaults/v/jobs/${job}/output`));
    expect(Date.parse(inventory.InventoryDate)).toBe(Math.floor(Date.parse(inventoryDate) / 1000) * 1000);
    expect(inventory.ArchiveList.map((a: { ArchiveId: string }) => a.ArchiveId)).toEqual([first]);
    ref.clock.advance(DAY); // the next day's snapshot has the second upload
    expect(ref.json(ref.send('GET', '/-/vaults/v')).NumberOfArchives).toBe(2);
    expect(second).toBeTruthy();
  });

  it('keeps InventoryDate when nothing was written since, and never inventories a vault never written', () => {
    const ref = realistic();
    ref.createVault('v');
    ref.createVault('empty');
    ref.upload('v', patternBytes(3));
    ref.clock.advance(DAY);
    const date = ref.json(ref.send('GET', '/-/vaults/v')).LastInventoryDate;
    ref.clock.advance(3 * DAY);
    expect(ref.json(ref.send('GET', '/-/vaults/v')).LastInventoryDate).toBe(date);
    expect(ref.send('POST', '/-/vaults/empty/jobs', { body: JSON.stringify({ Type: 'inventory-retrieval' }) }).status).toBe(404);
  });
});

describe('realistic mode: deleting a vault and the vault limit (§9.3)', () => {
  it('refuses to delete a vault that held archives until its next inventory shows it empty', () => {
    const ref = realistic();
    ref.createVault('v');
    const archive = ref.upload('v', patternBytes(3));
    ref.clock.advance(DAY);
    expect(ref.send('DELETE', `/-/vaults/v/archives/${archive}`).status).toBe(204);
    const refused = ref.send('DELETE', '/-/vaults/v');
    expect(errorOf(ref, refused)).toEqual({ status: 400, code: 'InvalidParameterValueException', type: 'Client', message: `Vault not empty or recently written to: ${ARN('v')}` });
    ref.clock.advance(DAY);
    expect(ref.send('DELETE', '/-/vaults/v').status).toBe(204);
  });

  it('deletes a vault never written at once', () => {
    const ref = realistic();
    ref.createVault('v');
    expect(ref.send('DELETE', '/-/vaults/v').status).toBe(204);
  });

  it('answers LimitExceededException past the account vault limit', () => {
    const ref = realistic({ maxVaults: 2 });
    ref.createVault('a');
    ref.createVault('b');
    expect(errorOf(ref, ref.send('PUT', '/-/vaults/c'))).toMatchObject({ status: 400, code: 'LimitExceededException' });
    expect(AWS_REALISM.maxVaults).toBe(1000);
  });
});

describe('realistic mode: the job output window (§9.4)', () => {
  it('serves output for 24 h (scaled) after completion, then the job is 404', () => {
    const ref = realistic();
    ref.createVault('v');
    const archive = ref.upload('v', patternBytes(4));
    const id = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archive, Tier: 'Expedited' });
    const readyAt = ref.state.vaults.get('v')!.jobs.get(id)!.readyAt;
    ref.clock.set(readyAt + DAY - 1);
    expect(ref.send('GET', `/-/vaults/v/jobs/${id}/output`).status).toBe(200);
    ref.clock.set(readyAt + DAY);
    expect(errorOf(ref, ref.send('GET', `/-/vaults/v/jobs/${id}/output`))).toMatchObject({ status: 404, code: 'ResourceNotFoundException' });
  });
});

describe('realistic mode: Expedited capacity (§9.5)', () => {
  it('refuses a seeded share of Expedited jobs with InsufficientCapacityException and never Standard or Bulk ones', () => {
    const ref = realistic({ expeditedRefusal: 0.5 });
    ref.createVault('v');
    const archive = ref.upload('v', patternBytes(4));
    const outcomes = { Expedited: new Set<number>(), Standard: new Set<number>(), Bulk: new Set<number>() };
    for (let i = 0; i < 20; i++) {
      for (const tier of ['Expedited', 'Standard', 'Bulk'] as const) {
        const response = ref.send('POST', '/-/vaults/v/jobs', { body: JSON.stringify({ Type: 'archive-retrieval', ArchiveId: archive, Tier: tier }) });
        outcomes[tier].add(response.status);
        if (response.status === 400) expect(ref.json(response)).toMatchObject({ code: 'InsufficientCapacityException', type: 'Client' });
      }
    }
    expect([...outcomes.Expedited].sort()).toEqual([202, 400]);
    expect([...outcomes.Standard]).toEqual([202]);
    expect([...outcomes.Bulk]).toEqual([202]);
  });

  it('never refuses Expedited while provisioned capacity is live', () => {
    const ref = realistic({ expeditedRefusal: 1 });
    ref.createVault('v');
    const archive = ref.upload('v', patternBytes(4));
    const body = JSON.stringify({ Type: 'archive-retrieval', ArchiveId: archive, Tier: 'Expedited' });
    expect(ref.send('POST', '/-/vaults/v/jobs', { body }).status).toBe(400);
    expect(ref.send('POST', '/-/provisioned-capacity').status).toBe(201);
    expect(ref.send('POST', '/-/vaults/v/jobs', { body }).status).toBe(202);
  });
});

describe('realistic mode: the throttle (§9.6)', () => {
  it('answers 400 ThrottlingException "Rate exceeded" once the burst is spent, and serves again as tokens refill', () => {
    const ref = realistic({ throttle: { ratePerSecond: 10, burst: 3 } });
    const statuses = [0, 1, 2, 3].map(() => ref.send('GET', '/-/vaults/none').status);
    expect(statuses).toEqual([404, 404, 404, 400]);
    expect(errorOf(ref, ref.send('GET', '/-/vaults/none'))).toEqual({ status: 400, code: 'ThrottlingException', type: 'Client', message: 'Rate exceeded' });
    ref.clock.advance(100);
    expect(ref.send('GET', '/-/vaults/none').status).toBe(404);
    expect(ref.send('GET', '/-/vaults/none').status).toBe(400);
  });
});

describe('realistic mode: archive ids bound to their vault (§9.7)', () => {
  it.each([
    ['a made-up id', () => 'not-an-archive-id'],
    ['an id of another vault', (other: string) => other],
  ])('answers %s with 400 InvalidParameterValueException "Invalid vault name"', (_name, idOf) => {
    const ref = realistic();
    ref.createVault('v');
    ref.createVault('w');
    const other = ref.upload('w', patternBytes(2));
    const id = idOf(other);
    const expected = { status: 400, code: 'InvalidParameterValueException', type: 'Client', message: `Invalid vault name: ${ARN('v')}` };
    expect(errorOf(ref, ref.send('DELETE', `/-/vaults/v/archives/${id}`))).toEqual(expected);
    const initiated = ref.send('POST', '/-/vaults/v/jobs', { body: JSON.stringify({ Type: 'archive-retrieval', ArchiveId: id }) });
    expect(errorOf(ref, initiated)).toEqual(expected);
  });

  it('keeps 404 for a deleted archive of this vault, and deleting it again is still 204', () => {
    const ref = realistic();
    ref.createVault('v');
    const id = ref.upload('v', patternBytes(2));
    expect(ref.send('DELETE', `/-/vaults/v/archives/${id}`).status).toBe(204);
    expect(ref.send('DELETE', `/-/vaults/v/archives/${id}`).status).toBe(204);
    const initiated = ref.send('POST', '/-/vaults/v/jobs', { body: JSON.stringify({ Type: 'archive-retrieval', ArchiveId: id }) });
    expect(errorOf(ref, initiated)).toMatchObject({ status: 404, code: 'ResourceNotFoundException' });
  });
});
