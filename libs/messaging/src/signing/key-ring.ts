import { createPrivateKey, createPublicKey } from 'node:crypto';
import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { deriveDevKeyPair, type PublicKeyEntry, type SigningKey } from './signing-keys';

/** This service's signing key plus the public keys of every service (including itself). */
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

const envName = (service: ServiceName): string => service.toUpperCase().replace(/-/g, '_');

/**
 * Keys from the environment (PEM; `\n` escapes allowed):
 *   SX_SIGNING_PRIVATE_KEY   this service's Ed25519 private key (PKCS#8 PEM)
 *   SX_SIGNING_KEY_ID        its key id (default `<service>:1`)
 *   SX_PUBLIC_KEY_<SERVICE>  each service's public key (SPKI PEM), key id SX_PUBLIC_KEY_ID_<SERVICE>
 * With none of them set and `allowDevKeys`, falls back to `devKeyRing(service, SX_DEV_KEY_SEED)`;
 * production passes `allowDevKeys: false` and fails fast instead.
 */
export function loadKeyRingFromEnv(
  service: ServiceName,
  env: Readonly<Record<string, string | undefined>>,
  options: { allowDevKeys: boolean },
): KeyRing {
  const pem = (v: string): string => v.replace(/\\n/g, '\n');
  const privatePem = env['SX_SIGNING_PRIVATE_KEY'];
  if (!privatePem) {
    if (!options.allowDevKeys) throw new Error('SX_SIGNING_PRIVATE_KEY is required (dev keys are disabled)');
    return devKeyRing(service, env['SX_DEV_KEY_SEED'] ?? DEV_KEY_SEED);
  }
  const publicKeys = SERVICE_NAMES.flatMap((s): PublicKeyEntry[] => {
    const value = env[`SX_PUBLIC_KEY_${envName(s)}`];
    if (!value) return [];
    return [{ service: s, keyId: env[`SX_PUBLIC_KEY_ID_${envName(s)}`] ?? `${s}:1`, publicKey: createPublicKey(pem(value)) }];
  });
  if (publicKeys.length === 0) throw new Error('no SX_PUBLIC_KEY_<SERVICE> is set: this service could verify nothing');
  const privateKey = createPrivateKey(pem(privatePem));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('SX_SIGNING_PRIVATE_KEY is not an Ed25519 key');
  return { signingKey: { service, keyId: env['SX_SIGNING_KEY_ID'] ?? `${service}:1`, privateKey }, publicKeys };
}
