import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { startReferenceServer, type ReferenceServer } from './http-server';
import { dueNotifications } from './job-notifications';
import { DEFAULT_RULES } from './reference-rules';
import { testReference, uploadHeaders } from '../testing/reference-test-kit';
import { parseSnsEndpoints } from './sns-delivery';

const JOB_TOPIC = 'arn:aws:sns:us-east-1:111122223333:job-topic';
const VAULT_TOPIC = 'arn:aws:sns:us-east-1:111122223333:vault-topic';

describe('dueNotifications', () => {
  it('owes one message per topic for each job completed in the window, with its description', () => {
    const ref = testReference();
    ref.createVault('v');
    ref.send('PUT', '/-/vaults/v/notification-configuration', { body: JSON.stringify({ SNSTopic: VAULT_TOPIC, Events: ['InventoryRetrievalCompleted'] }) });
    const archiveId = ref.upload('v', Buffer.from('abc'));
    const retrieval = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archiveId, SNSTopic: JOB_TOPIC });
    const inventory = ref.initiate('v', { Type: 'inventory-retrieval', SNSTopic: JOB_TOPIC });
    const start = ref.clock.now();
    expect(dueNotifications(ref.state, start - 1, start, DEFAULT_RULES)).toEqual([]);
    ref.clock.advance(1000);
    const due = dueNotifications(ref.state, start, ref.clock.now(), DEFAULT_RULES);
    expect(due.map((intent) => [intent.jobId, intent.topicArn])).toEqual([[retrieval, JOB_TOPIC], [inventory, JOB_TOPIC], [inventory, VAULT_TOPIC]]);
    expect(due[0]!.message).toMatchObject({ JobId: retrieval, StatusCode: 'Succeeded', Completed: true, ArchiveId: archiveId, SNSTopic: JOB_TOPIC });
    expect(dueNotifications(ref.state, ref.clock.now(), ref.clock.now() + 5000, DEFAULT_RULES)).toEqual([]);
  });

  it('owes the Failed description of a retrieval whose archive was deleted', () => {
    const ref = testReference();
    ref.createVault('v');
    const archiveId = ref.upload('v', Buffer.from('abc'));
    const jobId = ref.initiate('v', { Type: 'archive-retrieval', ArchiveId: archiveId, SNSTopic: JOB_TOPIC });
    const start = ref.clock.now();
    ref.clock.advance(10);
    ref.send('DELETE', `/-/vaults/v/archives/${archiveId}`);
    expect(dueNotifications(ref.state, start, ref.clock.now(), DEFAULT_RULES).map((intent) => [intent.jobId, intent.message.StatusCode])).toEqual([[jobId, 'Failed']]);
  });
});

describe('parseSnsEndpoints', () => {
  it.each([
    [[`${JOB_TOPIC}=http://127.0.0.1:9/sns`], new Map([[JOB_TOPIC, 'http://127.0.0.1:9/sns']])],
    [['topic=http://x/'], '--sns-endpoint takes TOPIC_ARN=URL, got \'topic=http://x/\''],
    [[`${JOB_TOPIC}=ftp://x/`], "--sns-endpoint: 'ftp://x/' is not an http(s) URL"],
  ])('parses %j', (values, expected) => {
    expect(parseSnsEndpoints(values)).toEqual(expected);
  });
});

describe('serve delivers SNS notifications over HTTP', () => {
  const received: { headers: IncomingHttpHeaders; body: any }[] = [];
  const listener = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(text) });
      res.end();
    });
  });
  const clock = manualClock(Date.UTC(2026, 0, 1));
  let server: ReferenceServer;

  beforeAll(async () => {
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/sns`;
    server = await startReferenceServer({ clock, config: { jobDelayMs: 1000 }, snsEndpoints: new Map([[JOB_TOPIC, url]]) });
  });
  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => listener.close(resolve));
  });

  it('POSTs the job description as the Message of an SNS notification when the job completes', async () => {
    const call = (method: string, path: string, init: { headers?: Record<string, string>; body?: string | Uint8Array } = {}) =>
      fetch(`${server.url}${path}`, { method, headers: { 'x-amz-glacier-version': '2012-06-01', ...init.headers }, body: init.body as BodyInit | undefined });
    await call('PUT', '/-/vaults/v');
    const bytes = Buffer.from('notify me');
    const archiveId = (await call('POST', '/-/vaults/v/archives', { headers: uploadHeaders(bytes), body: bytes })).headers.get('x-amz-archive-id');
    const job = await call('POST', '/-/vaults/v/jobs', { body: JSON.stringify({ Type: 'archive-retrieval', ArchiveId: archiveId, SNSTopic: JOB_TOPIC }) });
    const jobId = job.headers.get('x-amz-job-id');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toHaveLength(0);
    clock.advance(1000);
    for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received as [{ headers: IncomingHttpHeaders; body: any }];
    expect([headers['x-amz-sns-message-type'], headers['x-amz-sns-topic-arn']]).toEqual(['Notification', JOB_TOPIC]);
    expect(body).toMatchObject({ Type: 'Notification', TopicArn: JOB_TOPIC, MessageId: headers['x-amz-sns-message-id'], Timestamp: '2026-01-01T00:00:01.000Z' });
    expect(JSON.parse(body.Message)).toMatchObject({ JobId: jobId, Action: 'ArchiveRetrieval', StatusCode: 'Succeeded', Completed: true, ArchiveId: archiveId });
    for (let i = 0; i < 100 && server.notificationsDelivered() === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.notificationsDelivered()).toBe(1);
  });
});
