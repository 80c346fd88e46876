import { jittered } from './backoff-schedule';
import { sendWebhook } from './send-webhook';
import { stepWebhookId } from './step-notices';
import type { StoredDelivery, Subscription } from '@sx/persistence';
import type { DeliveryJob } from './webhook-queue';
import type { WebhookRuntime } from './webhook-runtime';

const shortestWait = (rt: WebhookRuntime): number => Math.min(...rt.settings.retryDelaysMs);

/** The longest declared wait not past `ms` (at least the shortest): a blocked delivery looks again about when its predecessor is retried. */
const waitUpTo = (rt: WebhookRuntime, ms: number): number => Math.max(shortestWait(rt), ...rt.settings.retryDelaysMs.filter((w) => w <= ms));

/**
 * Ordering by `seq` within a case: a step's delivery waits while the one before it (same case, same
 * subscription) is still being retried. When that one is not recorded yet it waits a little
 * (`orderGraceMs`: its notice may still be on the way), unless it was committed before the
 * subscription existed. Returns how long to wait, or 0 to send now.
 */
async function waitForPredecessor(rt: WebhookRuntime, sub: Subscription, doc: StoredDelivery): Promise<number> {
  if (doc.seq === undefined || doc.seq <= 1) return 0;
  const previous = await rt.deliveries.get(sub.id, stepWebhookId(doc.caseId, doc.seq - 1));
  const now = rt.wallClock().getTime();
  if (previous) return previous.state === 'pending' ? Math.max(0, Date.parse(previous.nextAttemptAt ?? '') - now) || shortestWait(rt) : 0;
  if (now - Date.parse(doc.createdAt) >= rt.settings.orderGraceMs) return 0;
  const before = (await rt.cases.findCurrent(doc.caseId))?.state.events[doc.seq - 2];
  return before && before.at >= sub.createdAt ? shortestWait(rt) : 0;
}

/** Once a delivery is final, the next step's delivery of the same case need not wait for it any longer. */
async function releaseNext(rt: WebhookRuntime, sub: Subscription, doc: StoredDelivery): Promise<void> {
  if (doc.seq === undefined) return;
  const next = await rt.deliveries.get(sub.id, stepWebhookId(doc.caseId, doc.seq + 1));
  if (next?.state === 'pending' && next.attempts.length === 0) await rt.queue().publish({ subscriptionId: sub.id, agencyId: doc.agencyId, webhookId: next._id });
}

const inProgress = new Set<string>();

/**
 * One attempt of one delivery: send it signed, record the attempt, and either mark it delivered,
 * queue the next retry in the delay queue of its wait (with jitter), or mark it failed once the
 * schedule has run out.
 */
export async function deliverWebhook(rt: WebhookRuntime, job: DeliveryJob): Promise<void> {
  const key = `${job.subscriptionId}:${job.webhookId}`;
  if (inProgress.has(key)) {
    // The same delivery is being attempted right now by another job. A manual redelivery can come
    // while a last attempt is still being recorded: it waits the shortest delay and comes back, never dropped.
    if (!job.manual) return;
    const wait = Math.min(...rt.settings.retryDelaysMs);
    return rt.queue().publish(job, { wait, delayMs: wait });
  }
  inProgress.add(key);
  try {
    await attempt(rt, job);
  } finally {
    inProgress.delete(key);
  }
}

async function attempt(rt: WebhookRuntime, job: DeliveryJob): Promise<void> {
  const sub = await rt.subscriptions.find(job.agencyId, job.subscriptionId);
  const doc = sub ? await rt.deliveries.get(sub.id, job.webhookId) : null;
  if (!sub || !doc) return; // the subscription was deleted
  if (doc.state !== 'pending') return releaseNext(rt, sub, doc);
  if (!job.manual) {
    const wait = await waitForPredecessor(rt, sub, doc);
    if (wait > 0) {
      const tier = waitUpTo(rt, wait);
      return rt.queue().publish({ subscriptionId: sub.id, agencyId: doc.agencyId, webhookId: doc._id }, { wait: tier, delayMs: tier });
    }
  }
  const now = rt.wallClock();
  const result = await sendWebhook(sub, { webhookId: doc._id, body: JSON.stringify(doc.event) }, { allow: rt.settings.allowList, timeoutMs: rt.settings.requestTimeoutMs, now });
  const ok = 'statusCode' in result && result.statusCode >= 200 && result.statusCode < 300;
  const tried = doc.attempts.length + 1 - doc.round;
  const wait = ok ? undefined : rt.settings.retryDelaysMs[tried - 1];
  const delayMs = wait === undefined ? 0 : jittered(wait, rt.settings.jitter);
  const saved: StoredDelivery = {
    ...doc,
    attempts: [...doc.attempts, { at: now.toISOString(), ...('statusCode' in result ? { statusCode: result.statusCode } : { error: result.error }), durationMs: result.durationMs }],
    state: ok ? 'delivered' : wait === undefined ? 'failed' : 'pending',
    nextAttemptAt: wait === undefined ? null : new Date(now.getTime() + delayMs).toISOString(),
    updatedAt: rt.wallClock().toISOString(),
  };
  await rt.deliveries.save(saved);
  const log = { subscriptionId: sub.id, webhookId: doc._id, type: doc.event.type, attempt: saved.attempts.length, state: saved.state, ...result };
  if (saved.state === 'failed') rt.logger.warn(log, 'webhook delivery failed for good: retries ran out');
  else rt.logger.info(log, 'webhook attempt');
  if (wait !== undefined) return rt.queue().publish({ subscriptionId: sub.id, agencyId: doc.agencyId, webhookId: doc._id }, { wait, delayMs });
  return releaseNext(rt, sub, saved);
}
