import type { Connection } from 'mongoose';
import { DeliveryStore, type SubscriptionStore } from '@sx/persistence';
import type { Route } from '@sx/http-kit';
import type { AmqpConnection, EnvelopeHandler } from '@sx/messaging';
import type { CaseContext } from '../context/case-context';
import { deliverWebhook } from './deliver-webhook';
import { listDeliveriesRoute, redeliverRoute } from './deliveries.http';
import { noticeHandler } from './dispatch-notice';
import { remindObligations } from './obligation-reminders';
import { createSubscriptionRoute, deleteSubscriptionRoute, listSubscriptionsRoute } from './subscriptions.http';
import { WebhookQueue } from './webhook-queue';
import type { WebhookRuntime } from './webhook-runtime';
import type { WebhookSettings } from './webhook-settings';
import { startPeriodicPass } from '@sx/observability';

/** Jobs one replica attempts at once (each is one HTTP request to an agency's system). */
const PREFETCH = 8;

export interface Webhooks {
  readonly routes: readonly Route[];
  /** The inbox's handler of step notices (StepsCommittedNotice): the webhook dispatcher. */
  readonly onStepsCommitted: EnvelopeHandler;
  /** Reads which agencies subscribe; call before serving. */
  init(): Promise<void>;
  /** Opens the delivery queue and consumes it, and starts the reminder passes; before the inbox is consumed. */
  start(amqp: { connection: AmqpConnection; prefix: string | undefined }): Promise<{ stop(): Promise<void> }>;
}

/** Webhooks and reminders of one service: subscriptions, the delivery queue, the dispatcher and the reminder passes. */
export function createWebhooks(ctx: CaseContext, connection: Connection, subscriptions: SubscriptionStore, settings: WebhookSettings): Webhooks {
  let queue: WebhookQueue | null = null;
  const rt: WebhookRuntime = {
    subscriptions, deliveries: new DeliveryStore(connection), cases: ctx.cases, settings, clock: ctx.clock, wallClock: () => new Date(), logger: ctx.logger,
    queue: () => {
      if (!queue) throw new Error('webhooks are not started');
      return queue;
    },
  };
  const runtime = (): WebhookRuntime => rt;
  return {
    routes: [createSubscriptionRoute(runtime), listSubscriptionsRoute(runtime), deleteSubscriptionRoute(runtime), listDeliveriesRoute(runtime), redeliverRoute(runtime)],
    onStepsCommitted: noticeHandler(runtime),
    init: () => subscriptions.refresh(),
    async start(amqp) {
      const opened = await WebhookQueue.open({ connection: amqp.connection, prefix: amqp.prefix ?? 'sx', service: ctx.service, waits: settings.retryDelaysMs, logger: ctx.logger });
      queue = opened;
      await opened.consume((job) => deliverWebhook(rt, job), PREFETCH);
      const refreshing = subscriptions.startRefreshing(settings.refreshMs, ctx.logger);
      const reminders = startPeriodicPass('reminder pass', settings.reminderIntervalMs, async () => {
        const n = await remindObligations(ctx, rt);
        if (n > 0) ctx.logger.info({ queued: n }, 'obligation reminders queued');
      }, ctx.logger);
      return {
        async stop() {
          await refreshing.stop();
          await reminders.stop();
          await opened.stop();
        },
      };
    },
  };
}
