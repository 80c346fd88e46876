import type { EventRecord } from '@sx/contracts';
import { devKeyRing } from './key-ring';
import { verifyChain } from './record-chain';
import { sealChain } from './seal-chain';

const record = (seq: number): EventRecord =>
  ({ seq, event: { type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18', receiverKind: 'central-executive-body' }, agencyId: 'ministry-of-finance', service: 'sending-body', at: '2026-03-18T05:00:00.000Z' }) as unknown as EventRecord;

describe('verifyChain with verified signatures remembered', () => {
  const ring = devKeyRing('sending-body');
  const chain = sealChain([record(1), record(2), record(3)], () => ring.signingKey);

  it('verifies a chain again with the same answer (the second time from what it remembers)', () => {
    expect(verifyChain(chain, ring.publicKeys)).toEqual({ ok: true });
    expect(verifyChain(chain, ring.publicKeys)).toEqual({ ok: true });
  });

  it('a remembered signature does not hold for another key under the same id', () => {
    expect(verifyChain(chain, ring.publicKeys)).toEqual({ ok: true });
    const other = devKeyRing('sending-body', 'another seed').publicKeys;
    // The same key ids, bound to other keys: every remembered verification must be redone, and fail.
    const swapped = ring.publicKeys.map((k, i) => ({ ...k, publicKey: (other[i] as (typeof other)[number]).publicKey }));
    expect(verifyChain(chain, swapped)).toMatchObject({ ok: false, code: 'CHAIN.BAD_SIGNATURE', seq: 1 });
  });

  it('a record changed after it was verified fails on its hash, not from memory', () => {
    expect(verifyChain(chain, ring.publicKeys)).toEqual({ ok: true });
    const tampered = chain.map((r) => (r.seq === 2 ? { ...r, agencyId: 'ministry-of-justice' } : r));
    expect(verifyChain(tampered, ring.publicKeys)).toMatchObject({ ok: false, code: 'CHAIN.BAD_HASH', seq: 2 });
  });
});
