import { randomBytes } from 'node:crypto';
import { defineRoute } from '@sx/http-kit';
import { refusedUrl } from './address-policy';
import { CreateSubscriptionBodySchema, SubscriptionListSchema, SubscriptionParamsSchema, SubscriptionResponseSchema, toSubscriptionResponse } from './webhook-api.schema';
import { subscriptionNotFound, urlRefused } from './webhook-errors';
import type { WebhookRuntime } from './webhook-runtime';

/** Every webhook route is an agency's own (signed in) and listed under Webhooks. */
export const WEBHOOK_ROUTE = { tags: ['Webhooks'], auth: true } as const;

/** Shared by the routes' descriptions and the README: what the SSRF guard refuses. */
export const URL_POLICY =
  'Only http:// and https:// URLs without credentials. Refused, at registration and again at every send on the addresses DNS then gives (the connection goes to the address checked): loopback, link-local (169.254.0.0/16, fe80::/10), cloud metadata endpoints (169.254.169.254, fd00:ec2::254, metadata.google.internal), unspecified, broadcast and multicast addresses, unless the operator allows them in SX_WEBHOOK_ALLOWED_NETWORKS.';

export const createSubscriptionRoute = (rt: () => WebhookRuntime) =>
  defineRoute({
    ...WEBHOOK_ROUTE,
    method: 'post',
    path: '/webhooks/subscriptions',
    operationId: 'createWebhookSubscription',
    summary: 'Subscribe to events on your cases (webhooks)',
    description:
      `Events: \`case.step\` for every step on a case you are a party to (taken here or received), \`obligation.reminder\` N working days before each of your due dates, \`obligation.due\` on the day. Each is POSTed as Standard Webhooks (\`webhook-id\`, \`webhook-timestamp\`, \`webhook-signature\`), retried with exponential backoff and jitter for at least 24 hours; the steps of one case arrive in \`seq\` order. ${URL_POLICY}`,
    request: { body: CreateSubscriptionBodySchema },
    bodyExample: { url: 'https://erp.minfin.gov.kz/hooks/secondment', events: ['case.step', 'obligation.reminder', 'obligation.due'], reminderWorkingDays: [3, 1] },
    responses: { 201: SubscriptionResponseSchema },
    errors: [422],
    handler: async ({ agency, body }) => {
      const reason = refusedUrl(body.url, rt().settings.allowList);
      if (reason) throw urlRefused(reason);
      const subscription = {
        id: `ws_${randomBytes(8).toString('hex')}`,
        url: body.url,
        events: [...new Set(body.events)],
        secret: body.secret ?? `whsec_${randomBytes(32).toString('base64')}`,
        reminderWorkingDays: [...new Set(body.reminderWorkingDays ?? rt().settings.reminderWorkingDays)].sort((a, b) => b - a),
        ...(body.description ? { description: body.description } : {}),
        createdAt: rt().clock().toISOString(),
      };
      await rt().subscriptions.add(agency.agencyId, subscription);
      return { status: 201, body: toSubscriptionResponse(subscription, true) };
    },
  });

export const listSubscriptionsRoute = (rt: () => WebhookRuntime) =>
  defineRoute({
    ...WEBHOOK_ROUTE,
    method: 'get',
    path: '/webhooks/subscriptions',
    operationId: 'listWebhookSubscriptions',
    summary: "Your agency's webhook subscriptions",
    description: 'Secrets are never shown again after registration.',
    responses: { 200: SubscriptionListSchema },
    handler: async ({ agency }) => ({ status: 200, body: { subscriptions: (await rt().subscriptions.forAgency(agency.agencyId)).map((s) => toSubscriptionResponse(s)) } }),
  });

export const deleteSubscriptionRoute = (rt: () => WebhookRuntime) =>
  defineRoute({
    ...WEBHOOK_ROUTE,
    method: 'delete',
    path: '/webhooks/subscriptions/:subscriptionId',
    operationId: 'deleteWebhookSubscription',
    summary: 'Delete a webhook subscription, its delivery log and the deliveries still pending',
    request: { params: SubscriptionParamsSchema },
    responses: { 204: null }, errors: [404],
    handler: async ({ agency, params: { subscriptionId } }) => {
      if (!(await rt().subscriptions.remove(agency.agencyId, subscriptionId))) throw subscriptionNotFound(subscriptionId);
      await rt().deliveries.drop(subscriptionId);
      return { status: 204 };
    },
  });
