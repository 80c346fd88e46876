import type { EnvelopeHandler } from '@sx/messaging';
import type { CaseContext } from '../shared/case-context';
import { receiveCaseMessage, SequenceGapError } from './receive-case-message.use-case';

/** Pause before a gap is handed back to the queue, so the missing step has time to arrive. */
const GAP_BACKOFF_MS = 500;

/** The AMQP edge: no logic beyond logging and the retry pause; the use case decides. */
export const caseMessageConsumer =
  (ctx: CaseContext): EnvelopeHandler =>
  async (envelope, delivery) => {
    try {
      const outcome = await receiveCaseMessage(ctx, envelope);
      ctx.logger.info({ caseId: envelope.caseId, type: envelope.type, messageId: envelope.messageId, from: envelope.fromAgency, outcome }, 'case message processed');
    } catch (err) {
      if (err instanceof SequenceGapError) {
        ctx.logger.warn({ caseId: envelope.caseId, type: envelope.type, deliveryCount: delivery.deliveryCount }, err.message);
        await new Promise((r) => setTimeout(r, GAP_BACKOFF_MS));
      }
      throw err;
    }
  };
