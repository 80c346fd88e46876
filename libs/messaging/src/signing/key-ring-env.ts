import { createPrivateKey, createPublicKey } from 'node:crypto';
import { z } from 'zod';
import { SERVICE_NAMES, ServiceNameSchema, type ServiceName } from '@sx/contracts';
import { defaultKeyId, DEV_KEY_SEED, devKeyRing, type KeyRing } from './key-ring';
import type { PublicKeyEntry } from './signing-keys';

type Env = Readonly<Record<string, string | undefined>>;

const envName = (service: ServiceName): string => service.toUpperCase().replace(/-/g, '_');
// PEM in one line of an env file: `\n` escapes stand for the line breaks.
const pem = (v: string): string => v.replace(/\\n/g, '\n');

const KeyIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'a key id of letters, digits, . _ : -');
/** `SX_PUBLIC_KEYS`: `{ "<service>": { "<kid>": "<SPKI PEM>", … }, … }`. */
const PublicKeysSchema = z.partialRecord(ServiceNameSchema, z.record(KeyIdSchema, z.string().min(1)));

/** Every service's public keys from the environment: SX_PUBLIC_KEYS as `npm run keys:generate` writes it, and the older one-key-per-service form. */
export function publicKeysFromEnv(env: Env): PublicKeyEntry[] {
  const raw = env['SX_PUBLIC_KEYS'];
  const ring = raw === undefined ? {} : PublicKeysSchema.parse(JSON.parse(raw));
  const fromRing = Object.entries(ring).flatMap(([service, keys]) =>
    Object.entries(keys ?? {}).map(([keyId, value]): PublicKeyEntry => ({ service: service as ServiceName, keyId, publicKey: createPublicKey(pem(value)) })),
  );
  // The older one-key-per-service form, still read so existing deployments keep working.
  const single = SERVICE_NAMES.flatMap((s): PublicKeyEntry[] => {
    const value = env[`SX_PUBLIC_KEY_${envName(s)}`];
    if (!value) return [];
    return [{ service: s, keyId: env[`SX_PUBLIC_KEY_ID_${envName(s)}`] ?? `${s}:1`, publicKey: createPublicKey(pem(value)) }];
  });
  const all = [...fromRing, ...single];
  const ids = all.map((k) => k.keyId);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new Error(`key id ${repeated} appears twice in the ring: a kid names exactly one key`);
  return all;
}

const NO_KEYS =
  'no signing key: set SX_SIGNING_PRIVATE_KEY and SX_PUBLIC_KEYS (`npm run keys:generate` writes them to .env), or SX_DEV_KEYS=1 for local runs and tests';

/**
 * Keys from the environment (PEM; `\n` escapes allowed):
 *   SX_SIGNING_PRIVATE_KEY   this service's Ed25519 private key (PKCS#8 PEM)
 *   SX_SIGNING_KEY_ID        its kid (default `<service>:<fingerprint>`); must be one of this service's public keys
 *   SX_PUBLIC_KEYS           JSON { "<service>": { "<kid>": "<SPKI PEM>" } }: every service's keys, several during a rotation
 *   SX_PUBLIC_KEY_<SERVICE>  (older form) one public key per service, kid SX_PUBLIC_KEY_ID_<SERVICE>
 * With no private key and `allowDevKeys` (SX_DEV_KEYS=1, never in production), every service's
 * keys are derived from SX_DEV_KEY_SEED; otherwise the service refuses to start.
 */
export function loadKeyRingFromEnv(service: ServiceName, env: Env, options: { allowDevKeys: boolean }): KeyRing {
  const privatePem = env['SX_SIGNING_PRIVATE_KEY'];
  if (!privatePem) {
    if (!options.allowDevKeys) throw new Error(NO_KEYS);
    return devKeyRing(service, env['SX_DEV_KEY_SEED'] ?? DEV_KEY_SEED);
  }
  const privateKey = createPrivateKey(pem(privatePem));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('SX_SIGNING_PRIVATE_KEY is not an Ed25519 key');
  const publicKeys = publicKeysFromEnv(env);
  if (publicKeys.length === 0) throw new Error('no SX_PUBLIC_KEYS (or SX_PUBLIC_KEY_<SERVICE>) is set: this service could verify nothing');
  const own = createPublicKey(privateKey);
  const keyId = env['SX_SIGNING_KEY_ID'] ?? defaultKeyId(service, own);
  const listed = publicKeys.find((k) => k.keyId === keyId);
  // Others verify with the ring: a signing key missing from it, or listed with another key, would be refused everywhere.
  if (!listed || listed.service !== service) throw new Error(`the signing key ${keyId} is not among ${service}'s public keys in SX_PUBLIC_KEYS`);
  if (!listed.publicKey.equals(own)) throw new Error(`the public key listed as ${keyId} is not the pair of SX_SIGNING_PRIVATE_KEY`);
  return { signingKey: { service, keyId, privateKey }, publicKeys };
}
