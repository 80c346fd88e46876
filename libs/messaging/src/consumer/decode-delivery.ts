import { messageCatalog, parseEnvelope, type Envelope, type MessageCatalog, type ServiceName } from '@sx/contracts';
import type { EnvelopeVerifier } from '../signing/envelope-signature';

export type DeadReasonCode =
  | 'MALFORMED_JSON'
  | 'SIGNATURE_MISSING'
  | 'SIGNATURE_UNKNOWN_KEY'
  | 'SIGNATURE_INVALID'
  | 'SIGNER_MISMATCH'
  | 'ENVELOPE_INVALID'
  | 'UNKNOWN_TYPE'
  | 'UNKNOWN_VERSION'
  | 'PAYLOAD_INVALID'
  | 'ROUTE_NOT_ALLOWED'
  | 'WRONG_RECIPIENT'
  | 'HANDLER_REJECTED';

export interface DeadReason {
  code: DeadReasonCode | (string & {});
  message: string;
}

export type DecodeResult = { ok: true; envelope: Envelope } | { ok: false; reason: DeadReason };

export interface DecodeOptions {
  service: ServiceName;
  verifier: EnvelopeVerifier;
  catalog?: MessageCatalog;
}

/** Bytes → JSON → signature → envelope and payload schema → addressed to us. Pure; never throws. */
export function decodeDelivery(content: Buffer, headers: Record<string, unknown> | undefined, options: DecodeOptions): DecodeResult {
  let raw: unknown;
  try {
    raw = JSON.parse(content.toString('utf8'));
  } catch (err) {
    return { ok: false, reason: { code: 'MALFORMED_JSON', message: (err as Error).message } };
  }
  // Verify before schema parsing: the signature covers exactly what the sender signed, and an
  // unauthenticated message should not reach even our validators' error paths.
  const signature = options.verifier.verify(raw, headers);
  if (!signature.ok) return { ok: false, reason: { code: signature.code, message: signature.message } };
  const parsed = parseEnvelope(raw, options.catalog ?? messageCatalog);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  if (parsed.envelope.toService !== options.service) {
    return { ok: false, reason: { code: 'WRONG_RECIPIENT', message: `addressed to ${parsed.envelope.toService}, consumed by ${options.service}` } };
  }
  return parsed;
}
