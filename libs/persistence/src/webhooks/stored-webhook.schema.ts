import { z } from 'zod';
import { AgencyIdSchema, AttemptSchema, DeliveryStateSchema, ReminderDaysSchema, SubscriptionIdSchema, WebhookEventSchema, WebhookEventTypeSchema, WebhookSecretSchema } from '@sx/contracts';

/** The stored documents of the webhook stores, built of the contract's parts (`@sx/contracts`): the store owns its document shapes. */
export const StoredSubscriptionSchema = z
  .object({
    id: SubscriptionIdSchema,
    url: z.string(),
    events: z.array(WebhookEventTypeSchema).min(1),
    secret: WebhookSecretSchema,
    reminderWorkingDays: ReminderDaysSchema,
    description: z.string().optional(),
    createdAt: z.iso.datetime(),
  })
  .strict();
export type Subscription = z.infer<typeof StoredSubscriptionSchema>;

/** One document per agency (`_id` = the agency): every hot read is by exact `_id`, the one filter FerretDB v1 pushes down. */
export const AgencySubscriptionsSchema = z.object({ _id: AgencyIdSchema, subscriptions: z.array(StoredSubscriptionSchema) });

/** One event for one subscription: `_id` = the event's webhook-id, in the subscription's own collection. */
export const StoredDeliverySchema = z.object({
  _id: z.string(),
  subscriptionId: SubscriptionIdSchema,
  agencyId: AgencyIdSchema,
  caseId: z.string(),
  /** Set for `case.step`: deliveries of one case go out in this order. */
  seq: z.number().int().positive().optional(),
  event: WebhookEventSchema,
  state: DeliveryStateSchema,
  attempts: z.array(AttemptSchema),
  /** Attempts before the last manual redelivery: the retry schedule counts from there. */
  round: z.number().int().nonnegative(),
  nextAttemptAt: z.string().nullable(),
  redeliveries: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type StoredDelivery = z.infer<typeof StoredDeliverySchema>;
