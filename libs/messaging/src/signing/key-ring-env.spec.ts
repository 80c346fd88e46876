import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createVerifier, signEnvelope } from './envelope-signature';
import { defaultKeyId } from './key-ring';
import { loadKeyRingFromEnv } from './key-ring-env';

const envelope = { messageId: 'm', fromService: 'sending-body', payload: { a: 1 } };
const pemOf = (k: KeyObject, type: 'pkcs8' | 'spki'): string => k.export({ format: 'pem', type }).toString().replace(/\n/g, '\\n');

function pair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey, kid: defaultKeyId('sending-body', publicKey) };
}

describe('key ring from the environment', () => {
  const old = pair();
  const next = pair();
  // During a rotation both public keys of sending-body are in everyone's ring.
  const ring = JSON.stringify({ 'sending-body': { [old.kid]: pemOf(old.publicKey, 'spki').replace(/\\n/g, '\n'), [next.kid]: pemOf(next.publicKey, 'spki') } });

  it('verifies messages signed with the old key and with the new one while both are in the ring (rotation)', () => {
    const before = loadKeyRingFromEnv('sending-body', { SX_SIGNING_PRIVATE_KEY: pemOf(old.privateKey, 'pkcs8'), SX_PUBLIC_KEYS: ring }, { allowDevKeys: false });
    const after = loadKeyRingFromEnv('sending-body', { SX_SIGNING_PRIVATE_KEY: pemOf(next.privateKey, 'pkcs8'), SX_PUBLIC_KEYS: ring }, { allowDevKeys: false });
    expect(before.signingKey.keyId).toBe(old.kid);
    expect(after.signingKey.keyId).toBe(next.kid);
    const verifier = createVerifier(after.publicKeys);
    expect(verifier.verify(envelope, signEnvelope(envelope, before.signingKey))).toEqual({ ok: true });
    expect(verifier.verify(envelope, signEnvelope(envelope, after.signingKey))).toEqual({ ok: true });
    // Once the old kid leaves the ring, what it signs is refused.
    const retired = createVerifier(after.publicKeys.filter((k) => k.keyId !== old.kid));
    expect(retired.verify(envelope, signEnvelope(envelope, before.signingKey))).toMatchObject({ ok: false, code: 'SIGNATURE_UNKNOWN_KEY' });
  });

  it('refuses a signing key that is not in its own service\'s ring, or listed with another key', () => {
    const stranger = pair();
    expect(() => loadKeyRingFromEnv('sending-body', { SX_SIGNING_PRIVATE_KEY: pemOf(stranger.privateKey, 'pkcs8'), SX_PUBLIC_KEYS: ring }, { allowDevKeys: false })).toThrow(
      /not among sending-body's public keys/,
    );
    expect(() =>
      loadKeyRingFromEnv('sending-body', { SX_SIGNING_PRIVATE_KEY: pemOf(stranger.privateKey, 'pkcs8'), SX_SIGNING_KEY_ID: old.kid, SX_PUBLIC_KEYS: ring }, { allowDevKeys: false }),
    ).toThrow(/not the pair/);
  });

  it('starts only with keys: dev keys need SX_DEV_KEYS (allowDevKeys), and a bad ring is named', () => {
    expect(() => loadKeyRingFromEnv('sending-body', {}, { allowDevKeys: false })).toThrow(/SX_DEV_KEYS=1/);
    expect(loadKeyRingFromEnv('sending-body', {}, { allowDevKeys: true }).signingKey.keyId).toBe('sending-body:dev');
    expect(() => loadKeyRingFromEnv('sending-body', { SX_SIGNING_PRIVATE_KEY: pemOf(old.privateKey, 'pkcs8'), SX_PUBLIC_KEYS: '{"nobody":{}}' }, { allowDevKeys: false })).toThrow();
  });
});
