import { CaseEventPayloadSchema, EnvelopeSchema, messageCatalog, SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { KEY_ID_HEADER, SIGNATURE_HEADER } from '../signing/envelope-signature';
import { DEFAULT_RETRY_DELAYS_MS, topologyNames } from '../amqp/topology';
import { webhookPart } from './webhook-part';
import { jsonSchemaOf } from './json-schema';

const AMQP_BINDING_VERSION = '0.3.0';
const LICENSE = { name: 'Proprietary (Government of the Republic of Kazakhstan)', url: 'https://adilet.zan.kz/rus/docs/P2300000755' };

export type AsyncApiDocument = Record<string, unknown>;

const ref = (path: string): { $ref: string } => ({ $ref: path });

const signedHeaders = {
  type: 'object',
  description: 'AMQP headers of every case message.',
  required: [SIGNATURE_HEADER, KEY_ID_HEADER],
  properties: {
    [SIGNATURE_HEADER]: { type: 'string', description: 'Ed25519 signature (base64) over the canonical JSON of the whole envelope.' },
    [KEY_ID_HEADER]: { type: 'string', description: "The signing key's id (`<service>:<fingerprint>`), looked up in SX_PUBLIC_KEYS." },
    traceparent: { type: 'string', description: 'W3C trace context of the publish, so the consumer joins the trace.' },
  },
};

/** One AsyncAPI message per case message type: the envelope with its type, version and payload fixed. */
function caseMessages(): Record<string, unknown> {
  return Object.fromEntries(
    messageCatalog.list().map((def) => [
      def.type,
      {
        name: def.type,
        title: def.type,
        summary: `Case message ${def.type} v${def.version}, sent by ${def.from.join(', ')}.`,
        description: def.description,
        contentType: 'application/json',
        headers: ref('#/components/schemas/SignedMessageHeaders'),
        payload: {
          allOf: [
            ref('#/components/schemas/Envelope'),
            {
              type: 'object',
              properties: {
                type: { const: def.type, description: `Always ${def.type}: the step this message announces, the last record of \`payload.events\`.` },
                schemaVersion: { const: def.version, description: `Version ${def.version} of the case message payload; a consumer refuses a version it does not know.` },
                payload: { ...ref('#/components/schemas/CaseEventPayload'), description: 'The case as the sender holds it after the step: its parties, candidate, documents, the files this step hands over, and the whole signed chain of steps.' },
              },
            },
          ],
        },
        bindings: { amqp: { messageType: def.type, bindingVersion: AMQP_BINDING_VERSION } },
      },
    ]),
  );
}

/**
 * The AsyncAPI 3 document of one service: the case messages it publishes to the topic exchange
 * (routing key `<toService>.<type>`), those it consumes from its inbox queue, and the webhook events
 * it pushes to agency systems. Names use the deployment prefix `sx` (tests use their own).
 */
export function asyncApiDocument(service: ServiceName, version = '1.0.0'): AsyncApiDocument {
  const names = topologyNames('sx');
  const messages = caseMessages();
  const sent = messageCatalog.list().filter((d) => d.from.includes(service)).map((d) => d.type);
  const received = messageCatalog.list().filter((d) => d.to.includes(service)).map((d) => d.type);
  const messageRefs = (types: readonly string[]) => Object.fromEntries(types.map((t) => [t, ref(`#/components/messages/${t}`)]));
  const exchange = { name: names.exchange, type: 'topic', durable: true, autoDelete: false, vhost: '/' };
  const webhooks = webhookPart(service);
  const generic = (name: string): string => name.replace(service, '<service>');
  return {
    asyncapi: '3.1.0',
    info: {
      title: `${service} messages`,
      version,
      description:
        `The messages of the ${service} service. Case messages travel signed (Ed25519, headers ${SIGNATURE_HEADER} and ${KEY_ID_HEADER}) ` +
        `through the topic exchange \`${names.exchange}\`; each service's quorum queue \`${generic(names.inbox(service))}\` binds \`<service>.#\`. ` +
        `A message that keeps failing goes through retry queues \`${generic(names.retryQueue(service, DEFAULT_RETRY_DELAYS_MS[0] ?? 1000))}\`… and finally to \`${generic(names.deadQueue(service))}\` ` +
        `(exchange \`${names.deadExchange}\`, routing key \`<service>.rejected\`). Webhook events go to the agency systems' registered URLs (Standard Webhooks).`,
      license: LICENSE,
      contact: { name: 'Secondment Exchange operators', url: 'https://adilet.zan.kz/rus/docs/P2300000755' },
    },
    defaultContentType: 'application/json',
    servers: {
      broker: { host: '127.0.0.1:5672', protocol: 'amqp', description: 'RabbitMQ (AMQP_URL; this is the local default).' },
      ...webhooks.servers,
    },
    channels: {
      outgoingCaseMessages: {
        address: '{toService}.{messageType}',
        title: 'Case messages to a party',
        description: `Published to the topic exchange ${names.exchange} with the receiving service first in the routing key.`,
        servers: [ref('#/servers/broker')],
        parameters: {
          toService: { enum: [...SERVICE_NAMES], description: 'The service of the party the message is for.' },
          messageType: { enum: [...sent], description: 'The case message type.' },
        },
        messages: messageRefs(sent),
        bindings: { amqp: { is: 'routingKey', exchange, bindingVersion: AMQP_BINDING_VERSION } },
      },
      inbox: {
        address: names.inbox(service),
        title: `The ${service} inbox`,
        description: `The quorum queue bound to ${names.exchange} with \`${service}.#\`.`,
        servers: [ref('#/servers/broker')],
        messages: messageRefs(received),
        bindings: { amqp: { is: 'queue', queue: { name: names.inbox(service), durable: true, exclusive: false, autoDelete: false, vhost: '/' }, bindingVersion: AMQP_BINDING_VERSION } },
      },
      ...webhooks.channels,
    },
    operations: {
      publishCaseMessage: {
        action: 'send',
        title: 'Publish a case message',
        summary: 'Sent by the relay once the step is committed; the broker confirms each publish (mandatory: an unroutable message is an error).',
        channel: ref('#/channels/outgoingCaseMessages'),
        messages: sent.map((t) => ref(`#/channels/outgoingCaseMessages/messages/${t}`)),
        bindings: { amqp: { deliveryMode: 2, mandatory: true, bindingVersion: AMQP_BINDING_VERSION } },
      },
      receiveCaseMessage: {
        action: 'receive',
        title: 'Receive a case message',
        summary: 'Verified (signature, sender) and applied to the local copy of the case; acknowledged after it is stored.',
        channel: ref('#/channels/inbox'),
        messages: received.map((t) => ref(`#/channels/inbox/messages/${t}`)),
        bindings: { amqp: { ack: true, bindingVersion: AMQP_BINDING_VERSION } },
      },
      ...webhooks.operations,
    },
    components: {
      schemas: {
        Envelope: jsonSchemaOf(EnvelopeSchema),
        CaseEventPayload: jsonSchemaOf(CaseEventPayloadSchema),
        SignedMessageHeaders: signedHeaders,
        ...webhooks.schemas,
      },
      messages: { ...messages, ...webhooks.messages },
    },
  };
}
