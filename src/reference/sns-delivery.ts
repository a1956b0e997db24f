import { randomUUID } from 'node:crypto';
import { dueNotifications, snsEnvelope } from './job-notifications';
import type { ReferenceService } from './reference-service';

export interface SnsDelivery {
  /** Messages POSTed so far, and those that failed (no listener, non-2xx). */
  readonly delivered: () => number;
  readonly failed: () => number;
  stop(): void;
}

/**
 * Delivers the core's notification intents: every `intervalMs` it asks which jobs
 * completed since the last look and POSTs each message, as SNS does to an HTTP
 * subscriber, to the URL its topic ARN maps to. Topics without a URL are dropped.
 */
export function startSnsDelivery(service: ReferenceService, endpoints: ReadonlyMap<string, string>, intervalMs = 100): SnsDelivery {
  let last = service.clock.now();
  let delivered = 0;
  let failed = 0;
  const tick = () => {
    const now = service.clock.now();
    if (now <= last) return;
    const intents = dueNotifications(service.state, last, now, service.rules);
    last = now;
    for (const intent of intents) {
      const url = endpoints.get(intent.topicArn);
      if (url === undefined) continue;
      const messageId = randomUUID();
      const headers = { 'content-type': 'text/plain; charset=UTF-8', 'x-amz-sns-message-type': 'Notification', 'x-amz-sns-message-id': messageId, 'x-amz-sns-topic-arn': intent.topicArn };
      fetch(url, { method: 'POST', headers, body: JSON.stringify(snsEnvelope(intent, messageId)), signal: AbortSignal.timeout(10_000), redirect: 'manual' })
        .then(async (response) => {
          await response.arrayBuffer();
          if (response.ok) delivered++;
          else failed++;
        })
        .catch(() => failed++);
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { delivered: () => delivered, failed: () => failed, stop: () => clearInterval(timer) };
}

/** `ARN=URL` pairs of `serve --sns-endpoint`, or an error message for the first malformed one. */
export function parseSnsEndpoints(values: readonly string[]): Map<string, string> | string {
  const endpoints = new Map<string, string>();
  for (const value of values) {
    const at = value.indexOf('=');
    const arn = value.slice(0, at);
    const url = value.slice(at + 1);
    if (at < 0 || !/^arn:[^:\s]+:sns:[^\s]+$/.test(arn)) return `--sns-endpoint takes TOPIC_ARN=URL, got '${value}'`;
    if (!/^https?:\/\/[^\s]+$/.test(url)) return `--sns-endpoint: '${url}' is not an http(s) URL`;
    endpoints.set(arn, url);
  }
  return endpoints;
}
