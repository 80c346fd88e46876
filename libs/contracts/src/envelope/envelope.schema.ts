import { z } from 'zod';
import { AgencyIdSchema, CaseIdSchema, ServiceNameSchema } from '../common/service-name.schema';

/** PascalCase, no dots: the type is the last segment of the routing key `<toService>.<type>`. */
export const MessageTypeSchema = z.string().regex(/^[A-Z][A-Za-z0-9]{1,79}$/, 'expected a PascalCase message type');

const TraceparentSchema = z.string().regex(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/);

/**
 * The versioned envelope every message travels in. The payload is checked separately, by type and
 * version, against the message catalog (`parseEnvelope`).
 */
export const EnvelopeSchema = z.object({
  messageId: z.uuid().describe('Unique id of this message: a consumer that sees it twice applies it once.'),
  type: MessageTypeSchema.describe('The message type, the last segment of the routing key: for case messages, the rules’ event the message announces (e.g. ProposalAgreed).'),
  schemaVersion: z.number().int().positive().describe('The version of the payload’s schema for this type; a consumer checks the payload against exactly that version and refuses one it does not know.'),
  caseId: CaseIdSchema.describe('The case the message is about.'),
  fromAgency: AgencyIdSchema.describe('The agency that took the step the message announces.'),
  toAgency: AgencyIdSchema.describe('The party agency the message is for.'),
  fromService: ServiceNameSchema.describe('The service that sent and signed the message.'),
  toService: ServiceNameSchema.describe('The service of the agency the message is for: the first segment of the routing key, so the message lands in that service’s inbox.'),
  issuedAt: z.iso.datetime().describe('When the message was created (UTC instant).'),
  /** The messageId of the message that caused this one; null for a message caused by a person. */
  causationId: z.uuid().nullable().describe('The messageId of the message that caused this one; null when a person’s request caused it.'),
  /** The case's first message id (or the case id): groups every message of one case. */
  correlationId: CaseIdSchema.describe('Groups every message of one case: the case id.'),
  /** W3C trace context captured when the message was created, so a relayed publish joins that trace. */
  traceparent: TraceparentSchema.optional().describe('W3C trace context of the step that created the message, so its publish and its processing join that trace.'),
  tracestate: z.string().max(512).optional().describe('W3C tracestate that goes with `traceparent`, passed on unchanged.'),
  payload: z.unknown().describe('The message body, checked against the schema of `type` at `schemaVersion` (for case messages: CaseEventPayload).'),
});

export type Envelope<P = unknown> = Omit<z.infer<typeof EnvelopeSchema>, 'payload'> & { payload: P };

/** The routing key of a message: the receiving service first, so a service's inbox binds `<service>.#`. */
export const routingKeyOf = (e: Pick<Envelope, 'toService' | 'type'>): string => `${e.toService}.${e.type}`;
