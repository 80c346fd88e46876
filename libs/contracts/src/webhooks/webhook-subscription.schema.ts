import { z } from 'zod';

/**
 * The parts of a webhook subscription and its delivery log that the HTTP API shows and the store
 * keeps alike: contract shapes, so the API (@sx/case-exchange) and the stores (@sx/persistence) read
 * them from here, the one library below both.
 */
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

export const DeliveryStateSchema = z.enum(['pending', 'delivered', 'failed']).describe('`pending` while being sent or retried; `delivered` on a 2xx; `failed` once the retries ran out.');

export const AttemptSchema = z
  .object({
    at: z.iso.datetime().describe('When the attempt started.'),
    statusCode: z.number().int().optional().describe("The receiver's HTTP status, when it answered."),
    error: z.string().optional().describe('Why the attempt failed without an answer (timeout, refused address, connection error).'),
    durationMs: z.number().int().nonnegative().describe('How long the attempt took.'),
  })
  .strict();
