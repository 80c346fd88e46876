import { WebhookEventSchema, type ServiceName } from '@sx/contracts';
import { jsonSchemaOf } from './json-schema';

const ref = (path: string): { $ref: string } => ({ $ref: path });

// Standard Webhooks (https://www.standardwebhooks.com): the headers every delivery carries.
const webhookHeaders = {
  type: 'object',
  description: 'Standard Webhooks headers of every delivery.',
  required: ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
  properties: {
    'webhook-id': { type: 'string', description: "The event's id: the same on every redelivery, so a receiver can deduplicate." },
    'webhook-timestamp': { type: 'string', description: 'Unix seconds when this attempt was signed; reject old ones to stop replays.' },
    'webhook-signature': { type: 'string', description: '`v1,<base64 HMAC-SHA256>` of `<id>.<timestamp>.<body>` with the subscription secret.' },
  },
};

const EVENT_TEXT: Readonly<Record<string, string>> = {
  'case.step': 'A step was recorded on a case the agency is a party to (one per step, in `seq` order per case).',
  'obligation.due': 'An obligation of the agency is due today.',
  'obligation.reminder': 'An obligation of the agency falls due in a few working days (per subscription, default 3 and 1).',
};

/** The webhook events of the AsyncAPI document, generated from the webhook event schema. */
export function webhookPart(service: ServiceName) {
  const events = WebhookEventSchema.options.map((o) => o.shape.type.value);
  const messageId = (type: string): string => `webhook_${type.replace('.', '_')}`;
  const messages = Object.fromEntries(
    WebhookEventSchema.options.map((o) => {
      const type = o.shape.type.value;
      return [messageId(type), { name: type, title: type, summary: EVENT_TEXT[type] ?? type, contentType: 'application/json', headers: ref('#/components/schemas/WebhookHeaders'), payload: jsonSchemaOf(o) }];
    }),
  );
  return {
    servers: {
      agencySystem: {
        host: '{agencyHost}',
        protocol: 'https',
        description: "An agency system's webhook receiver, as its subscription registers it (http(s) only).",
        variables: { agencyHost: { description: 'Host (and port) of the subscription URL.' } },
      },
    },
    channels: {
      webhookDeliveries: {
        address: null,
        title: 'Webhook deliveries',
        description: `POSTs from ${service} to the URL of each subscription whose event types match.`,
        servers: [ref('#/servers/agencySystem')],
        messages: Object.fromEntries(events.map((t) => [messageId(t), ref(`#/components/messages/${messageId(t)}`)])),
      },
    },
    operations: {
      deliverWebhookEvent: {
        action: 'send',
        title: 'Deliver a webhook event',
        summary: 'Signed per Standard Webhooks, retried with exponential backoff and jitter for at least 24 hours.',
        channel: ref('#/channels/webhookDeliveries'),
        messages: events.map((t) => ref(`#/channels/webhookDeliveries/messages/${messageId(t)}`)),
      },
    },
    schemas: { WebhookHeaders: webhookHeaders },
    messages,
  };
}
