import { describe, expect, it } from 'vitest';
import { testReference } from '../testing/reference-test-kit';

/** A vault with `count` inventory jobs, initiated 1 s apart with a 2.5 s delay: the oldest have succeeded. */
function setup(count: number, config = {}) {
  const ref = testReference({ config: { jobDelayMs: 2500, ...config } });
  ref.createVault('v');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(ref.initiate('v', { Type: 'inventory-retrieval' }));
    ref.clock.advance(1000);
  }
  const list = (query = '') => {
    const response = ref.send('GET', `/-/vaults/v/jobs${query}`);
    return { status: response.status, body: ref.json(response), response };
  };
  return { ref, ids, list };
}

describe('ListJobs', () => {
  it('lists every job oldest first with an explicit null Marker (§2.2, §3.2, §7 item 7)', () => {
    const { ids, list } = setup(3);
    const { status, body, response } = list();
    expect(status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(body.JobList.map((job: { JobId: string }) => job.JobId)).toEqual(ids);
    expect(body).toHaveProperty('Marker', null);
  });

  it('pages by limit with Marker = JobId of the last job on the page (§3.2)', () => {
    const { ids, list } = setup(5);
    const first = list('?limit=2').body;
    expect(first.JobList.map((j: { JobId: string }) => j.JobId)).toEqual(ids.slice(0, 2));
    expect(first.Marker).toBe(ids[1]);
    const second = list(`?limit=2&marker=${first.Marker}`).body;
    expect(second.JobList.map((j: { JobId: string }) => j.JobId)).toEqual(ids.slice(2, 4));
    const third = list(`?limit=2&marker=${second.Marker}`).body;
    expect([third.JobList.length, third.Marker]).toEqual([1, null]);
  });

  it('applies the default limit of 50 (§3.2)', () => {
    const { ids, list } = setup(51);
    const body = list().body;
    expect([body.JobList.length, body.Marker]).toEqual([50, ids[49]]);
  });

  it('applies a configured maximum and default, as the aws-2012 profile reads them (§7.6)', () => {
    const { list } = setup(3, { listJobsMaxLimit: 1000, listJobsDefaultLimit: 2 });
    expect(list().body.JobList).toHaveLength(2);
    expect(list('?limit=1000').status).toBe(200);
    expect(list('?limit=1001').status).toBe(400);
  });

  it.each([
    ['?statuscode=Succeeded', [0, 1, 2]],
    ['?statuscode=InProgress', [3, 4]],
    ['?statuscode=Failed', []],
    ['?completed=true', [0, 1, 2]],
    ['?completed=false', [3, 4]],
    ['?statuscode=Succeeded&completed=true', [0, 1, 2]],
    ['?statuscode=InProgress&completed=true', []],
    ['?statuscode=Succeeded&limit=2', [0, 1]],
  ])('filters %s to the jobs at %j (§3.2)', (query, indices) => {
    const { ids, list } = setup(5);
    expect(list(query).body.JobList.map((j: { JobId: string }) => j.JobId)).toEqual(indices.map((i) => ids[i]));
  });

  it('sets Marker only while a matching job follows the page', () => {
    const { ids, list } = setup(5);
    expect(list('?statuscode=Succeeded&limit=2').body.Marker).toBe(ids[1]);
    expect(list('?statuscode=Succeeded&limit=3').body.Marker).toBe(null);
    expect(list(`?statuscode=InProgress&marker=${ids[0]}`).body.JobList).toHaveLength(2);
  });

  it.each([
    ['?limit=0', 'The limit is not valid: 0'],
    ['?limit=51', 'The limit is not valid: 51'],
    ['?limit=abc', 'The limit is not valid: abc'],
    ['?limit=-1', 'The limit is not valid: -1'],
    ['?statuscode=finished', 'The job status code is not valid: finished'],
    ['?statuscode=succeeded', 'The job status code is not valid: succeeded'],
    ['?completed=yes', 'The completed value is not valid: yes'],
    ['?completed=True', 'The completed value is not valid: True'],
    ['?marker=unknown', 'The marker is not valid: unknown'],
  ])('rejects %s with 400 InvalidParameterValueException (§3.2, §4)', (query, message) => {
    const { list } = setup(2);
    const { status, body } = list(query);
    expect([status, body]).toEqual([400, { code: 'InvalidParameterValueException', message, type: 'Client' }]);
  });

  it('answers a repeated query afresh once a status changes or a job is added', () => {
    const { ref, ids, list } = setup(2);
    const inProgress = () => list('?statuscode=InProgress').body.JobList.map((j: { JobId: string }) => j.JobId);
    expect(inProgress()).toEqual(ids);
    expect(inProgress()).toEqual(ids);
    ref.clock.advance(1000);
    expect(inProgress()).toEqual([ids[1]]);
    ref.clock.advance(1000);
    expect(inProgress()).toEqual([]);
    const added = ref.initiate('v', { Type: 'inventory-retrieval' });
    expect(inProgress()).toEqual([added]);
  });

  it('answers 404 for an unknown vault (§4)', () => {
    const { ref } = setup(0);
    expect(ref.send('GET', '/-/vaults/none/jobs').status).toBe(404);
  });

  it('describes each listed job exactly as DescribeJob does (§2.3)', () => {
    const { ref, ids, list } = setup(3);
    const listed = list().body.JobList;
    const described = ids.map((id) => ref.json(ref.send('GET', `/-/vaults/v/jobs/${id}`)));
    expect(listed).toEqual(described);
  });
});
