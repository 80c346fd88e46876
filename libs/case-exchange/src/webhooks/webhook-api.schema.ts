import { z } from 'zod';
import { AttemptSchema, DeliveryStateSchema, ReminderDaysSchema, SubscriptionIdSchema, WebhookEventSchema, WebhookEventTypeSchema, WebhookSecretSchema } from '@sx/contracts';
import { deliveryIdOf, type StoredDelivery, type Subscription } from '@sx/persistence';

export const CreateSubscriptionBodySchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).max(2000).describe('Where events are POSTed. http(s) only; loopback, link-local and cloud metadata addresses are refused (see the operation).'),
    events: z.array(WebhookEventTypeSchema).min(1).max(3).describe('The event types to send.'),
    secret: WebhookSecretSchema.optional().describe('Your signing secret (`whsec_` + base64 of 24–64 bytes); generated and returned once when left out.'),
    reminderWorkingDays: ReminderDaysSchema.optional().describe('Working days before each due date at which `obligation.reminder` is sent; default [3, 1].'),
    description: z.string().trim().max(200).optional().describe('A note for your own operators.'),
  })
  .strict()
  .meta({ example: { url: 'https://erp.minfin.gov.kz/hooks/secondment', events: ['case.step', 'obligation.reminder', 'obligation.due'], reminderWorkingDays: [3, 1] } });

export const SubscriptionResponseSchema = z
  .object({
    id: SubscriptionIdSchema,
    url: z.string().describe('Where events are POSTed.'),
    events: z.array(WebhookEventTypeSchema).describe('The event types sent.'),
    reminderWorkingDays: z.array(z.number().int()).describe('Working days before a due date at which a reminder is sent.'),
    description: z.string().optional().describe('The note given at registration.'),
    createdAt: z.iso.datetime().describe('When the subscription was registered.'),
    secret: WebhookSecretSchema.optional().describe('Only in the answer to the registration: keep it, it is not shown again.'),
  })
  .meta({ id: 'WebhookSubscription', example: { id: 'ws_3f2a9c0d1e4b5a6f', url: 'https://erp.minfin.gov.kz/hooks/secondment', events: ['case.step'], reminderWorkingDays: [3, 1], createdAt: '2026-03-18T04:00:00.000Z' } });

export const SubscriptionListSchema = z.object({ subscriptions: z.array(SubscriptionResponseSchema).describe("The calling agency's subscriptions.") });

export const SubscriptionParamsSchema = z.object({ subscriptionId: SubscriptionIdSchema }).strict();
export const DeliveryParamsSchema = z.object({ deliveryId: z.string().regex(/^ws_[0-9a-f]{16}\.[A-Za-z0-9_-]{1,400}$/).describe('The delivery id from the delivery log.') }).strict();
export const DeliveryListQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100).describe('How many deliveries, newest first.') }).strict();

export const DeliveryResponseSchema = z
  .object({
    id: z.string().describe('The delivery id (for redelivery).'),
    webhookId: z.string().describe('The `webhook-id` header: the same at every attempt and redelivery.'),
    type: WebhookEventTypeSchema,
    caseId: z.string().describe('The case the event is about.'),
    seq: z.number().int().optional().describe('The step number, for `case.step`.'),
    state: DeliveryStateSchema,
    attempts: z.array(AttemptSchema).describe('Every attempt, oldest first.'),
    nextAttemptAt: z.string().nullable().describe('When the next attempt is due while `pending`; null once final.'),
    redeliveries: z.number().int().describe('How many times it was redelivered by hand.'),
    createdAt: z.iso.datetime().describe('When the event was recorded for this subscription.'),
    event: WebhookEventSchema.describe('The body POSTed.'),
  })
  .meta({ id: 'WebhookDelivery', example: { id: 'ws_3f2a9c0d1e4b5a6f.YzE6Mg', webhookId: 'c1:2', type: 'case.step', caseId: 'c1', seq: 2, state: 'delivered', attempts: [{ at: '2026-03-18T04:00:01.000Z', statusCode: 500, durationMs: 12 }, { at: '2026-03-18T04:00:06.000Z', statusCode: 200, durationMs: 9 }], nextAttemptAt: null, redeliveries: 0, createdAt: '2026-03-18T04:00:00.900Z', event: { type: 'case.step', timestamp: '2026-03-18T04:00:00.800Z', data: { caseId: 'c1', ruleSet: 'R3', seq: 2, event: 'ProposalAgreed', agencyId: 'ministry-of-justice', by: { kind: 'person', issuer: 'https://idp.adilet.gov.kz/realms/moj', subject: 'a.sultanova', name: 'Aigerim Sultanova', position: 'Executive Secretary' }, service: 'receiving-body', at: '2026-03-18T04:00:00.800Z', status: 'agreed' } } } });

export const DeliveryListSchema = z.object({ deliveries: z.array(DeliveryResponseSchema).describe('The delivery log, newest first.') });

export const toSubscriptionResponse = (s: Subscription, withSecret = false): z.input<typeof SubscriptionResponseSchema> => ({
  id: s.id, url: s.url, events: s.events, reminderWorkingDays: s.reminderWorkingDays, ...(s.description ? { description: s.description } : {}), createdAt: s.createdAt, ...(withSecret ? { secret: s.secret } : {}),
});

export const toDeliveryResponse = (d: StoredDelivery): z.input<typeof DeliveryResponseSchema> => ({
  id: deliveryIdOf(d.subscriptionId, d._id), webhookId: d._id, type: d.event.type, caseId: d.caseId, ...(d.seq !== undefined ? { seq: d.seq } : {}),
  state: d.state, attempts: d.attempts, nextAttemptAt: d.nextAttemptAt, redeliveries: d.redeliveries, createdAt: d.createdAt, event: d.event,
});
