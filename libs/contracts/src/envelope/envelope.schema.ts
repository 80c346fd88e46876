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
  messageId: z.uuid(),
  type: MessageTypeSchema,
  schemaVersion: z.number().int().positive(),
  caseId: CaseIdSchema,
  fromAgency: AgencyIdSchema,
  toAgency: AgencyIdSchema,
  fromService: ServiceNameSchema,
  toService: ServiceNameSchema,
  issuedAt: z.iso.datetime(),
  /** The messageId of the message that caused this one; null for a message caused by a person. */
  causationId: z.uuid().nullable(),
  /** The case's first message id (or the case id): groups every message of one case. */
  correlationId: CaseIdSchema,
  /** W3C trace context captured when the message was created, so a relayed publish joins that trace. */
  traceparent: TraceparentSchema.optional(),
  tracestate: z.string().max(512).optional(),
  payload: z.unknown(),
});

export type Envelope<P = unknown> = Omit<z.infer<typeof EnvelopeSchema>, 'payload'> & { payload: P };

/** The routing key of a message: the receiving service first, so a service's inbox binds `<service>.#`. */
export const routingKeyOf = (e: Pick<Envelope, 'toService' | 'type'>): string => `${e.toService}.${e.type}`;
