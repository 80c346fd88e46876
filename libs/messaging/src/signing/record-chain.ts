import { sign, verify, type KeyObject } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { GENESIS_HASH, type EventRecord, type SignedRecord } from '@sx/contracts';
import { contentHash } from './signed-statement';
import type { PublicKeyEntry, SigningKey } from './signing-keys';

/** SHA-256 (hex) of a record's canonical JSON, its link to the previous record included. */
export function recordHash(record: EventRecord, prevHash: string): string {
  return contentHash({ ...record, prevHash });
}

/** Links a record to the chain and signs its hash with the recording service's key. */
export function sealRecord(record: EventRecord, prevHash: string, key: SigningKey): SignedRecord {
  const hash = recordHash(record, prevHash);
  const value = sign(null, Buffer.from(hash, 'hex'), key.privateKey).toString('base64');
  return { ...record, prevHash, hash, signature: { keyId: key.keyId, value } };
}

export type ChainBreakCode = 'CHAIN.BAD_SEQUENCE' | 'CHAIN.BROKEN_LINK' | 'CHAIN.BAD_HASH' | 'CHAIN.UNKNOWN_KEY' | 'CHAIN.BAD_SIGNATURE' | 'CHAIN.SIGNER_MISMATCH';
export type ChainCheck = { ok: true } | { ok: false; code: ChainBreakCode; seq: number; message: string };

const unsigned = (r: SignedRecord): EventRecord => {
  const { prevHash: _p, hash: _h, signature: _s, ...record } = r;
  return record;
};

/**
 * Signatures already verified, by key, hash and signature: every message of a case carries its whole
 * chain, and re-verifying each earlier record (Ed25519) on every step was a hot spot (profiled). A hit
 * needs the very same public key object, so a key replaced under its id is verified anew.
 */
const verified = new LRUCache<string, KeyObject>({ max: 20_000 });

function verifiedSignature(r: SignedRecord, publicKey: KeyObject): boolean {
  const id = `${r.signature.keyId}|${r.hash}|${r.signature.value}`;
  if (verified.get(id) === publicKey) return true;
  let valid = false;
  try {
    valid = verify(null, Buffer.from(r.hash, 'hex'), publicKey, Buffer.from(r.signature.value, 'base64'));
  } catch {
    valid = false;
  }
  if (valid) verified.set(id, publicKey);
  return valid;
}

/**
 * Checks a whole chain: numbered 1…n, each record linked to the one before, each hash recomputed,
 * and each signature made by a key of the very service the record names. Returns the first break.
 */
export function verifyChain(records: readonly SignedRecord[], publicKeys: readonly PublicKeyEntry[]): ChainCheck {
  const byId = new Map(publicKeys.map((k) => [k.keyId, k]));
  let prev = GENESIS_HASH;
  for (const [i, r] of records.entries()) {
    const fail = (code: ChainBreakCode, message: string): ChainCheck => ({ ok: false, code, seq: r.seq, message: `step ${r.seq}: ${message}` });
    if (r.seq !== i + 1) return fail('CHAIN.BAD_SEQUENCE', `expected step ${i + 1}`);
    if (r.prevHash !== prev) return fail('CHAIN.BROKEN_LINK', 'prevHash is not the hash of the step before');
    if (recordHash(unsigned(r), r.prevHash) !== r.hash) return fail('CHAIN.BAD_HASH', 'hash does not match the record');
    const key = byId.get(r.signature.keyId);
    if (!key) return fail('CHAIN.UNKNOWN_KEY', `unknown key ${r.signature.keyId}`);
    if (key.service !== r.service) return fail('CHAIN.SIGNER_MISMATCH', `signed by ${key.service}, recorded as ${r.service}`);
    if (!verifiedSignature(r, key.publicKey)) return fail('CHAIN.BAD_SIGNATURE', `signature does not verify with ${r.signature.keyId}`);
    prev = r.hash;
  }
  return { ok: true };
}
