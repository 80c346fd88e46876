import { z } from 'zod';
import { AgencyIdSchema, WebhookEventSchema, WebhookEventTypeSchema } from '@sx/contracts';

export const SubscriptionIdSchema = z.string().regex(/^ws_[0-9a-f]{16}$/).describe('The subscription id.');
/** A Standard Webhooks secret: `whsec_` and base64 of 24 to 64 random bytes. */
export const WebhookSecretSchema = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, 'whsec_ followed by base64 of 24 to 64 bytes')
  .describe('The signing secret (Standard Webhooks `whsec_…`).');

export const ReminderDaysSchema = z
  .array(z.number().int().min(1).max(30))
  .min(1)
  .max(10)
  .describe('Working days before a due date at which `obligation.reminder` is sent, e.g. [3, 1].');

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

export const DeliveryStateSchema = z.enum(['pending', 'delivered', 'failed']).describe('`pending` while being sent or retried; `delivered` on a 2xx; `failed` once the retries ran out.');

export const AttemptSchema = z
  .object({
    at: z.iso.datetime().describe('When the attempt started.'),
    statusCode: z.number().int().optional().describe("The receiver's HTTP status, when it answered."),
    error: z.string().optional().describe('Why the attempt failed without an answer (timeout, refused address, connection error).'),
    durationMs: z.number().int().nonnegative().describe('How long the attempt took.'),
  })
  .strict();

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
