import { createHash, sign, verify } from 'node:crypto';
import type { ServiceName } from '@sx/contracts';
import { canonicalJson } from './canonical-json';
import type { PublicKeyEntry, SigningKey } from './signing-keys';

export interface StatementSignature {
  readonly keyId: string;
  readonly value: string;
}

/** SHA-256 (hex) of a value's canonical JSON: what records, receipts and heads commit to. */
export const contentHash = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex');

/** Signs a statement (a receipt, an export's head): Ed25519 over the SHA-256 of its canonical JSON. */
export function signStatement(statement: object, key: SigningKey): StatementSignature {
  return { keyId: key.keyId, value: sign(null, Buffer.from(contentHash(statement), 'hex'), key.privateKey).toString('base64') };
}

export type StatementCheck = { ok: true } | { ok: false; code: 'SIGNATURE.UNKNOWN_KEY' | 'SIGNATURE.SIGNER_MISMATCH' | 'SIGNATURE.INVALID'; message: string };

/** Checks that `signature` over `statement` was made by a key of `service`. */
export function verifyStatement(statement: object, signature: StatementSignature, service: ServiceName, publicKeys: readonly PublicKeyEntry[]): StatementCheck {
  const key = publicKeys.find((k) => k.keyId === signature.keyId);
  if (!key) return { ok: false, code: 'SIGNATURE.UNKNOWN_KEY', message: `unknown key ${signature.keyId}` };
  if (key.service !== service) return { ok: false, code: 'SIGNATURE.SIGNER_MISMATCH', message: `key ${signature.keyId} belongs to ${key.service}, not ${service}` };
  let valid = false;
  try {
    valid = verify(null, Buffer.from(contentHash(statement), 'hex'), key.publicKey, Buffer.from(signature.value, 'base64'));
  } catch {
    valid = false;
  }
  return valid ? { ok: true } : { ok: false, code: 'SIGNATURE.INVALID', message: `signature does not verify with ${signature.keyId}` };
}
