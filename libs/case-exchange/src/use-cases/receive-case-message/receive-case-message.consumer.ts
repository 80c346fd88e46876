import type { EnvelopeHandler } from '@sx/messaging';
import type { CaseContext } from '../../context/case-context';
import { receiveCaseMessage } from './receive-case-message.use-case';

/** The AMQP edge: no logic beyond logging; the use case decides, the consumer maps its errors. */
export const caseMessageConsumer =
  (ctx: CaseContext): EnvelopeHandler =>
  async (envelope) => {
    const outcome = await receiveCaseMessage(ctx, envelope);
    const seq = (envelope.payload as { events?: unknown[] }).events?.length;
    ctx.logger.info({ caseId: envelope.caseId, seq, type: envelope.type, messageId: envelope.messageId, from: envelope.fromAgency, outcome }, 'case message processed');
  };
