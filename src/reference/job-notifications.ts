import type { GlacierState, Job } from './glacier-state';
import { describeJob } from './job-description';
import { isoDate } from './job-lifecycle';
import type { ReferenceRules } from './reference-rules';

/** One SNS message the reference owes: a job completed and a topic wants to hear of it. */
export interface NotificationIntent {
  readonly topicArn: string;
  readonly jobId: string;
  /** The job description as Describe Job shows it at completion: what Glacier publishes (§7 item 10). */
  readonly message: Readonly<Record<string, unknown>>;
  readonly completedAt: number;
}

/** The vault event a job's completion is (model: VaultNotificationConfig.Events); select jobs have none. */
function eventOf(job: Job): string | null {
  if (job.action === 'ArchiveRetrieval') return 'ArchiveRetrievalCompleted';
  if (job.action === 'InventoryRetrieval') return 'InventoryRetrievalCompleted';
  return null;
}

/**
 * The notifications of jobs that completed (Succeeded or Failed) in (since, now]: to the
 * job's own SNSTopic and to the vault's configured topic when it listens for the event;
 * both when both are set (§7 item 10). Pure: the HTTP adapter delivers them.
 */
export function dueNotifications(state: GlacierState, since: number, now: number, rules: ReferenceRules): NotificationIntent[] {
  const intents: NotificationIntent[] = [];
  for (const vault of state.vaults.values()) {
    for (const job of vault.jobs.values()) {
      if (job.readyAt <= since || job.readyAt > now || rules.jobStatus(job, now) === 'InProgress') continue;
      const event = eventOf(job);
      const topics = [job.snsTopic, event !== null && vault.notifications?.events.includes(event) ? vault.notifications.snsTopic : null];
      const message = describeJob(job, now, state.config, rules);
      for (const topicArn of topics) if (topicArn !== null) intents.push({ topicArn, jobId: job.jobId, message, completedAt: job.readyAt });
    }
  }
  return intents;
}

/**
 * The body SNS POSTs to an HTTP subscriber (SNS "HTTP/S notification JSON"): the job
 * description as the Message string. The reference cannot sign as SNS does, so the
 * signature members are absent.
 */
export function snsEnvelope(intent: NotificationIntent, messageId: string): Record<string, string> {
  return {
    Type: 'Notification',
    MessageId: messageId,
    TopicArn: intent.topicArn,
    Message: JSON.stringify(intent.message),
    Timestamp: isoDate(intent.completedAt),
  };
}
