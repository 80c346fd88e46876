import { connect } from 'amqplib';
import { caseEventMessage, createEnvelope, type CaseEventPayload, type ServiceName } from '@sx/contracts';
import { createMessaging, devKeyRing, topologyNames, type Messaging } from '@sx/messaging';
import type { CaseEvent } from '@sx/rules';
import { waitFor } from '@sx/testing';

/**
 * The sending body's service as an attacker holding its key would use it: a broker client that signs
 * with the sending body's real dev key and publishes any case message under any topology prefix.
 */
export async function senderBroker(amqpUrl: string, prefix: string): Promise<Messaging> {
  return createMessaging({ url: amqpUrl, service: 'sending-body', keys: devKeyRing('sending-body'), prefix });
}

/** Publishes a case message as the sending body (its key signs the envelope); returns the message id. */
export async function publishAsSender(broker: Messaging, payload: CaseEventPayload, to: { agencyId: string; service: ServiceName }, type = payload.events.at(-1)?.event.type ?? 'ProposalSubmitted'): Promise<string> {
  const envelope = createEnvelope(caseEventMessage(type as CaseEvent['type']), {
    caseId: payload.caseId, fromAgency: 'ministry-of-finance', toAgency: to.agencyId, fromService: 'sending-body', toService: to.service, causationId: null, payload,
  });
  await broker.publisher.publish(envelope);
  return envelope.messageId;
}

/** Waits for the message's dead letter in the service's dead-letter queue and returns its headers (reason code, reason). */
export async function deadLetterOf(amqpUrl: string, prefix: string, service: ServiceName, messageId: string): Promise<Record<string, unknown>> {
  const conn = await connect(amqpUrl);
  try {
    const ch = await conn.createChannel();
    const queue = topologyNames(prefix).deadQueue(service);
    return await waitFor(async () => {
      const msg = await ch.get(queue, { noAck: false });
      if (msg === false) return undefined;
      if (msg.properties.messageId !== messageId) {
        ch.nack(msg, false, true);
        return undefined;
      }
      ch.ack(msg);
      return msg.properties.headers ?? {};
    }, { timeoutMs: 20_000, intervalMs: 100, description: `dead letter of ${messageId}` });
  } finally {
    await conn.close();
  }
}
