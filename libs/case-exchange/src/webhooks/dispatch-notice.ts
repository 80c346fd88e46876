import type { Envelope } from '@sx/contracts';
import type { EnvelopeHandler } from '@sx/messaging';
import { StepsCommittedNotice } from './step-notice.message';
import { stepWebhookId } from './step-notices';
import { enqueueDelivery, wants, type WebhookRuntime } from './webhook-runtime';

/** Fans a step notice out: one delivery per subscription of each agency named, per step, in seq order. */
export async function dispatchNotice(rt: WebhookRuntime, envelope: Envelope): Promise<number> {
  const { agencies, events } = StepsCommittedNotice.payload.parse(envelope.payload);
  let queued = 0;
  for (const agencyId of agencies) {
    for (const sub of (await rt.subscriptions.forAgency(agencyId)).filter((s) => wants(s, 'case.step'))) {
      for (const event of events) {
        if (event.type !== 'case.step') continue;
        if (await enqueueDelivery(rt, sub, agencyId, stepWebhookId(event.data.caseId, event.data.seq), event)) queued++;
      }
    }
  }
  return queued;
}

/** The inbox's handler of step notices: fans each out to the dispatcher. */
export const noticeHandler =
  (rt: () => WebhookRuntime): EnvelopeHandler =>
  async (envelope) => {
    const queued = await dispatchNotice(rt(), envelope);
    rt().logger.debug({ caseId: envelope.caseId, queued }, 'webhook notice dispatched');
  };
