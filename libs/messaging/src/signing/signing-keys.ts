import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { ServiceName } from '@sx/contracts';

export interface SigningKey {
  readonly keyId: string;
  readonly service: ServiceName;
  readonly privateKey: KeyObject;
}

export interface PublicKeyEntry {
  readonly keyId: string;
  /** The service this key speaks for: a message signed by it must have this `fromService`. */
  readonly service: ServiceName;
  readonly publicKey: KeyObject;
}

// PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows it (RFC 8410).
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function ed25519FromSeed(seed32: Buffer): { privateKey: KeyObject; publicKey: KeyObject } {
  if (seed32.length !== 32) throw new RangeError('an Ed25519 seed is 32 bytes');
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed32]), format: 'der', type: 'pkcs8' });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/**
 * LOCAL DEVELOPMENT AND TESTS ONLY. Derives a service's key pair from a shared seed string, so every
 * service on a developer machine knows every other service's public key without distributing files.
 * Anyone who knows the seed can sign as any service: production loads PEM keys (`loadKeyRingFromEnv`).
 */
export function deriveDevKeyPair(seed: string, service: ServiceName): { signingKey: SigningKey; publicKey: PublicKeyEntry } {
  const { privateKey, publicKey } = ed25519FromSeed(createHash('sha256').update(`sx-dev-key\0${seed}\0${service}`).digest());
  const keyId = `${service}:dev`;
  return { signingKey: { keyId, service, privateKey }, publicKey: { keyId, service, publicKey } };
}
