import { randomUUID } from 'node:crypto';
import type { MessageDefinition, PayloadOf } from '../messages/message-definition';
import type { AgencyId, CaseId, ServiceName } from '../common/service-name.schema';
import { EnvelopeSchema, type Envelope } from './envelope.schema';

export interface EnvelopeFields<D extends MessageDefinition> {
  caseId: CaseId;
  fromAgency: AgencyId;
  toAgency: AgencyId;
  fromService: D['from'][number];
  toService: D['to'][number];
  payload: PayloadOf<D>;
  /** The message that caused this one (null for a person's command). */
  causationId: string | null;
  /** Defaults to the caseId. */
  correlationId?: string;
  /** Pass a deterministic id (e.g. `deterministicId(caseId, 'order-notice')`) when a repeat must not duplicate. */
  messageId?: string;
  issuedAt?: Date;
  traceparent?: string;
  tracestate?: string;
}

/**
 * Payloads already checked against a message definition, by identity: one step's payload goes to each
 * other party in an envelope of its own, and checking a case's whole signed log once per recipient
 * was most of a step's CPU (profiled). Payload objects are never mutated once built.
 */
const checkedPayloads = new WeakMap<MessageDefinition, WeakMap<object, unknown>>();

function checkedPayload<D extends MessageDefinition>(def: D, payload: PayloadOf<D>): unknown {
  if (typeof payload !== 'object' || payload === null) return def.payload.parse(payload);
  const known = checkedPayloads.get(def) ?? new WeakMap<object, unknown>();
  checkedPayloads.set(def, known);
  if (!known.has(payload)) known.set(payload, def.payload.parse(payload));
  return known.get(payload);
}

/** Builds and validates an envelope: a message that would be rejected by its receiver is never stored. */
export function createEnvelope<D extends MessageDefinition>(def: D, fields: EnvelopeFields<D>): Envelope<PayloadOf<D>> {
  if (!def.from.includes(fields.fromService) || !def.to.includes(fields.toService)) {
    throw new Error(`${def.type}@v${def.version} may not go from ${fields.fromService} to ${fields.toService}`);
  }
  const candidate = {
    messageId: fields.messageId ?? randomUUID(),
    type: def.type,
    schemaVersion: def.version,
    caseId: fields.caseId,
    fromAgency: fields.fromAgency,
    toAgency: fields.toAgency,
    fromService: fields.fromService as ServiceName,
    toService: fields.toService as ServiceName,
    issuedAt: (fields.issuedAt ?? new Date()).toISOString(),
    causationId: fields.causationId,
    correlationId: fields.correlationId ?? fields.caseId,
    ...(fields.traceparent ? { traceparent: fields.traceparent } : {}),
    ...(fields.tracestate ? { tracestate: fields.tracestate } : {}),
    payload: checkedPayload(def, fields.payload),
  };
  const envelope = EnvelopeSchema.parse(candidate);
  return { ...envelope, payload: candidate.payload as PayloadOf<D> };
}
