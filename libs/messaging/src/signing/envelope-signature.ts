import { sign, verify } from 'node:crypto';
import { ServiceNameSchema } from '@sx/contracts';
import { canonicalJson } from './canonical-json';
import type { PublicKeyEntry, SigningKey } from './signing-keys';

export const SIGNATURE_HEADER = 'x-sx-signature';
export const KEY_ID_HEADER = 'x-sx-key-id';

export type SignatureHeaders = {
  [SIGNATURE_HEADER]: string;
  [KEY_ID_HEADER]: string;
};

/** Ed25519 over the canonical JSON of the whole envelope (payload included), base64. */
export function signEnvelope(envelope: object, key: SigningKey): SignatureHeaders {
  const signature = sign(null, Buffer.from(canonicalJson(envelope)), key.privateKey).toString('base64');
  return { [SIGNATURE_HEADER]: signature, [KEY_ID_HEADER]: key.keyId };
}

export type SignatureRejectCode = 'SIGNATURE_MISSING' | 'SIGNATURE_UNKNOWN_KEY' | 'SIGNATURE_INVALID' | 'SIGNER_MISMATCH';
export type VerifyResult = { ok: true } | { ok: false; code: SignatureRejectCode; message: string };

export interface EnvelopeVerifier {
  verify(raw: unknown, headers: Readonly<Record<string, unknown>> | undefined): VerifyResult;
}

const headerString = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : Buffer.isBuffer(v) ? v.toString('utf8') : undefined;

export function createVerifier(publicKeys: readonly PublicKeyEntry[]): EnvelopeVerifier {
  const byId = new Map(publicKeys.map((k) => [k.keyId, k]));
  return {
    verify(raw, headers) {
      const signature = headerString(headers?.[SIGNATURE_HEADER]);
      const keyId = headerString(headers?.[KEY_ID_HEADER]);
      if (!signature || !keyId) return { ok: false, code: 'SIGNATURE_MISSING', message: 'no x-sx-signature / x-sx-key-id header' };
      const key = byId.get(keyId);
      if (!key) return { ok: false, code: 'SIGNATURE_UNKNOWN_KEY', message: `unknown key id ${keyId}` };
      let valid = false;
      try {
        valid = verify(null, Buffer.from(canonicalJson(raw)), key.publicKey, Buffer.from(signature, 'base64'));
      } catch {
        valid = false;
      }
      if (!valid) return { ok: false, code: 'SIGNATURE_INVALID', message: `signature does not verify with key ${keyId}` };
      // A valid signature only proves who signed: the signer must also be the claimed sender.
      const from = ServiceNameSchema.safeParse((raw as { fromService?: unknown } | null)?.fromService);
      if (!from.success || from.data !== key.service) {
        return { ok: false, code: 'SIGNER_MISMATCH', message: `key ${keyId} belongs to ${key.service}, not the claimed sender` };
      }
      return { ok: true };
    },
  };
}
