import { generateKeyPairSync } from 'node:crypto';
import { createVerifier, signEnvelope } from './envelope-signature';
import { devKeyRing } from './key-ring';
import { loadKeyRingFromEnv } from './key-ring-env';
import { deriveDevKeyPair } from './signing-keys';

const envelope = { messageId: 'm', fromService: 'foreign-affairs', payload: { b: 2, a: 1 } };

describe('envelope signatures (Ed25519 over canonical JSON)', () => {
  const mfa = devKeyRing('foreign-affairs');
  const verifier = createVerifier(mfa.publicKeys);

  it('verifies a signed envelope even after its keys were reordered in transit', () => {
    const headers = signEnvelope(envelope, mfa.signingKey);
    const reordered = JSON.parse('{"payload":{"a":1,"b":2},"fromService":"foreign-affairs","messageId":"m"}');
    expect(verifier.verify(reordered, headers)).toEqual({ ok: true });
  });

  it('rejects a tampered payload', () => {
    const headers = signEnvelope(envelope, mfa.signingKey);
    expect(verifier.verify({ ...envelope, payload: { a: 1, b: 3 } }, headers)).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('rejects a missing signature and an unknown key id', () => {
    expect(verifier.verify(envelope, {})).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    const headers = { ...signEnvelope(envelope, mfa.signingKey), 'x-sx-key-id': 'nobody:1' };
    expect(verifier.verify(envelope, headers)).toMatchObject({ ok: false, code: 'SIGNATURE_UNKNOWN_KEY' });
  });

  it('rejects a service signing with its own valid key but claiming to be another service', () => {
    const pm = devKeyRing('prime-minister');
    const headers = signEnvelope(envelope, pm.signingKey);
    expect(verifier.verify(envelope, headers)).toMatchObject({ ok: false, code: 'SIGNER_MISMATCH' });
  });

  it('derives the same dev key pair from the same seed, and different ones per service and seed', () => {
    const der = (s: string, seed = 'x') =>
      deriveDevKeyPair(seed, s as 'prime-minister').publicKey.publicKey.export({ format: 'der', type: 'spki' }).toString('hex');
    expect(der('prime-minister')).toBe(der('prime-minister'));
    expect(der('prime-minister')).not.toBe(der('foreign-affairs'));
    expect(der('prime-minister')).not.toBe(der('prime-minister', 'y'));
  });

  it('loads PEM keys from the environment and refuses dev keys when disabled', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const env = {
      SX_SIGNING_PRIVATE_KEY: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString().replace(/\n/g, '\\n'),
      SX_SIGNING_KEY_ID: 'foreign-affairs:2026',
      SX_PUBLIC_KEY_FOREIGN_AFFAIRS: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      SX_PUBLIC_KEY_ID_FOREIGN_AFFAIRS: 'foreign-affairs:2026',
    };
    const ring = loadKeyRingFromEnv('foreign-affairs', env, { allowDevKeys: false });
    const headers = signEnvelope(envelope, ring.signingKey);
    expect(createVerifier(ring.publicKeys).verify(envelope, headers)).toEqual({ ok: true });
    expect(() => loadKeyRingFromEnv('foreign-affairs', {}, { allowDevKeys: false })).toThrow(/SX_SIGNING_PRIVATE_KEY/);
    expect(loadKeyRingFromEnv('foreign-affairs', {}, { allowDevKeys: true }).signingKey.keyId).toBe('foreign-affairs:dev');
  });
});
