import type { z } from 'zod';
import { messageCatalog } from '../catalog/catalog';
import type { MessageCatalog } from '../catalog/message-catalog';
import { EnvelopeSchema, type Envelope } from './envelope.schema';

/** Stable codes: they end up in the `x-sx-dead-reason` header and in alerts. */
export type EnvelopeRejectCode = 'ENVELOPE_INVALID' | 'UNKNOWN_TYPE' | 'UNKNOWN_VERSION' | 'PAYLOAD_INVALID' | 'ROUTE_NOT_ALLOWED';

export interface EnvelopeRejection {
  readonly code: EnvelopeRejectCode;
  readonly message: string;
}

export type ParseEnvelopeResult = { ok: true; envelope: Envelope } | { ok: false; reason: EnvelopeRejection };

const describe = (error: z.ZodError): string =>
  error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');

/** Validates the envelope, then the payload by type and version, then the sender/receiver services. */
export function parseEnvelope(raw: unknown, catalog: MessageCatalog = messageCatalog): ParseEnvelopeResult {
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) return reject('ENVELOPE_INVALID', describe(env.error));
  const { type, schemaVersion: version, fromService, toService } = env.data;
  const def = catalog.get(type, version);
  if (!def) {
    return catalog.knowsType(type)
      ? reject('UNKNOWN_VERSION', `${type} has no version ${version}`)
      : reject('UNKNOWN_TYPE', `unknown message type ${type}`);
  }
  if (!def.from.includes(fromService) || !def.to.includes(toService)) {
    return reject('ROUTE_NOT_ALLOWED', `${type}@v${version} may not go from ${fromService} to ${toService}`);
  }
  const payload = def.payload.safeParse(env.data.payload);
  if (!payload.success) return reject('PAYLOAD_INVALID', `${type}@v${version}: ${describe(payload.error)}`);
  return { ok: true, envelope: { ...env.data, payload: payload.data } };
}

const reject = (code: EnvelopeRejectCode, message: string): ParseEnvelopeResult => ({ ok: false, reason: { code, message } });
