import { z } from 'zod';
import { AgencyIdSchema, defineMessage, SERVICE_NAMES, WebhookEventSchema } from '@sx/contracts';

/**
 * A service's note to itself that steps were committed on a case some of its agencies subscribe to.
 * It is one of the step's outbox messages, so the relay publishes it at least once after the commit
 * (the same guarantee as the messages to the other parties); the service's inbox hands it to the
 * webhook dispatcher, which fans it out into one delivery per subscription.
 */
export const StepsCommittedNotice = defineMessage({
  type: 'WebhookStepsCommitted',
  version: 1,
  from: SERVICE_NAMES,
  to: SERVICE_NAMES,
  description: 'Local only (a service to itself): steps committed on a case, for the webhook subscriptions of the agencies named.',
  payload: z
    .object({
      agencies: z.array(AgencyIdSchema).min(1).describe('The parties served here with a subscription when the step was committed.'),
      events: z.array(WebhookEventSchema).min(1).describe('One `case.step` event per step, in seq order.'),
    })
    .strict(),
});
export type StepsCommittedPayload = z.infer<typeof StepsCommittedNotice.payload>;
