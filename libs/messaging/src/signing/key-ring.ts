import { createHash, type KeyObject } from 'node:crypto';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { deriveDevKeyPair, type PublicKeyEntry, type SigningKey } from './signing-keys';

/**
 * This service's signing key plus the public keys of every service (itself included). A service may
 * have several public keys at once, each under its own key id (`kid`): that is how keys rotate.
 */
export interface KeyRing {
  readonly signingKey: SigningKey;
  readonly publicKeys: readonly PublicKeyEntry[];
}

export const DEV_KEY_SEED = 'secondment-exchange-local-dev';

export function devKeyRing(service: ServiceName, seed: string = DEV_KEY_SEED): KeyRing {
  return {
    signingKey: deriveDevKeyPair(seed, service).signingKey,
    publicKeys: SERVICE_NAMES.map((s) => deriveDevKeyPair(seed, s).publicKey),
  };
}

/** The first 16 hex digits of the SHA-256 of the key's SPKI DER: a kid that names the key itself. */
export const keyFingerprint = (publicKey: KeyObject): string =>
  createHash('sha256').update(publicKey.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 16);

/** `<service>:<fingerprint>`, the key id `npm run keys:generate` gives a new key. */
export const defaultKeyId = (service: ServiceName, publicKey: KeyObject): string => `${service}:${keyFingerprint(publicKey)}`;
