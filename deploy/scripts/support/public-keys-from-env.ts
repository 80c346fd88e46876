import { createPublicKey } from 'node:crypto';
import { SERVICE_NAMES } from '@sx/contracts';
import { devKeyRing, type PublicKeyEntry } from '@sx/messaging';

/**
 * Every service's public keys, for offline verification: the local dev keys with SX_DEV_KEYS=1, or
 * SX_PUBLIC_KEY_<SERVICE> (with SX_PUBLIC_KEY_ID_<SERVICE>) as the services have them.
 */
export function publicKeysFromEnv(env: NodeJS.ProcessEnv): PublicKeyEntry[] {
  if (env['SX_DEV_KEYS'] === '1') return SERVICE_NAMES.flatMap((s) => devKeyRing(s).publicKeys.filter((k) => k.service === s));
  return SERVICE_NAMES.flatMap((s) => {
    const name = s.toUpperCase().replace(/-/g, '_');
    const pem = env[`SX_PUBLIC_KEY_${name}`];
    return pem ? [{ service: s, keyId: env[`SX_PUBLIC_KEY_ID_${name}`] ?? `${s}:1`, publicKey: createPublicKey(pem.replace(/\\n/g, '\n')) }] : [];
  });
}
