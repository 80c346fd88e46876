import { randomUUID } from 'node:crypto';
import type { MessageDefinition, PayloadOf } from '../catalog/message-definition';
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
    payload: def.payload.parse(fields.payload),
  };
  const envelope = EnvelopeSchema.parse(candidate);
  return { ...envelope, payload: candidate.payload as PayloadOf<D> };
}
