import { defineRoute } from '@sx/http-kit';
import { parseDeliveryId } from '@sx/persistence';
import { WEBHOOK_ROUTE } from './subscriptions.http';
import { DeliveryListQuerySchema, DeliveryListSchema, DeliveryParamsSchema, DeliveryResponseSchema, SubscriptionParamsSchema, toDeliveryResponse } from './webhook-api.schema';
import { deliveryNotFound, subscriptionNotFound } from './webhook-errors';
import type { WebhookRuntime } from './webhook-runtime';

export const listDeliveriesRoute = (rt: () => WebhookRuntime) =>
  defineRoute({
    ...WEBHOOK_ROUTE,
    method: 'get',
    path: '/webhooks/subscriptions/:subscriptionId/deliveries',
    operationId: 'listWebhookDeliveries',
    summary: 'The delivery log of a subscription',
    description: 'Each event sent to the subscription, newest first: its attempts with status codes or errors, the next attempt while it is retried, and its final state (`delivered` or `failed` once the retries ran out).',
    request: { params: SubscriptionParamsSchema, query: DeliveryListQuerySchema },
    responses: { 200: DeliveryListSchema },
    errors: [404],
    handler: async ({ agency, params, query }) => {
      if (!(await rt().subscriptions.find(agency.agencyId, params.subscriptionId))) throw subscriptionNotFound(params.subscriptionId);
      const deliveries = await rt().deliveries.list(params.subscriptionId, query.limit);
      return { status: 200, body: { deliveries: deliveries.map(toDeliveryResponse) } };
    },
  });

export const redeliverRoute = (rt: () => WebhookRuntime) =>
  defineRoute({
    ...WEBHOOK_ROUTE,
    method: 'post',
    path: '/webhooks/deliveries/:deliveryId/redeliver',
    operationId: 'redeliverWebhook',
    summary: 'Send a delivery again now',
    description: 'Queues one more attempt at once, with the same `webhook-id` (your system can deduplicate it). A failed delivery gets a fresh retry schedule.',
    request: { params: DeliveryParamsSchema },
    responses: { 202: DeliveryResponseSchema },
    errors: [404],
    handler: async ({ agency, params }) => {
      const id = parseDeliveryId(params.deliveryId);
      const sub = id ? await rt().subscriptions.find(agency.agencyId, id.subscriptionId) : undefined;
      const doc = id && sub ? await rt().deliveries.get(sub.id, id.webhookId) : null;
      if (!sub || !doc) throw deliveryNotFound(params.deliveryId);
      const now = rt().wallClock().toISOString();
      const queued = { ...doc, state: 'pending' as const, round: doc.attempts.length, redeliveries: doc.redeliveries + 1, nextAttemptAt: now, updatedAt: now };
      await rt().deliveries.save(queued);
      await rt().queue().publish({ subscriptionId: sub.id, agencyId: agency.agencyId, webhookId: doc._id, manual: true });
      return { status: 202, body: toDeliveryResponse(queued) };
    },
  });
