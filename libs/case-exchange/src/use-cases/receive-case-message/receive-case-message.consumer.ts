import type { CaseEventPayload, Envelope } from '@sx/contracts';
import type { CaseContext } from '../../context/case-context';
import { receiveCaseMessage } from './receive-case-message.use-case';

/**
 * The AMQP edge: no logic beyond logging. The consumer already checked the payload against the
 * message catalog (type and version), so the use case takes it as it is; its refusals are
 * dead-lettered with their codes by the consumer.
 */
export const caseMessageConsumer =
  (ctx: CaseContext) =>
  async (envelope: Envelope<CaseEventPayload>): Promise<void> => {
    const outcome = await receiveCaseMessage(ctx, envelope);
    ctx.logger.info({ caseId: envelope.caseId, seq: envelope.payload.events.length, type: envelope.type, messageId: envelope.messageId, from: envelope.fromAgency, outcome }, 'case message processed');
  };
