import { bound } from '../testing/sealed-record';
import type { EventRecord, Parties, SignedRecord } from '@sx/contracts';
import { devKeyRing, sealChain, sealRecord } from '@sx/messaging';
import { SERVICE_NAMES } from '@sx/contracts';
import type { CaseEvent } from '@sx/rules';
import { sealedChain } from '../testing/sealed-record';
import { firstDivergence, verifyCaseLog } from './verify-case-log';

const parties: Parties = {
  sender: { agencyId: 'ministry-of-finance', service: 'sending-body' },
  receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' },
  approver: { agencyId: 'prime-minister', service: 'prime-minister' },
};
const publicKeys = SERVICE_NAMES.flatMap((s) => devKeyRing(s).publicKeys.filter((k) => k.service === s));

const rec = (seq: number, type: string, actor: string, by: { agencyId: string; service: EventRecord['service'] }): EventRecord => bound({
  seq,
  event: { type, actor, on: '2026-03-18' } as unknown as CaseEvent,
  agencyId: by.agencyId,
  service: by.service,
  at: '2026-03-18T05:00:00.000Z',
});
const submitted = rec(1, 'ProposalSubmitted', 'sender', parties.sender);
const agreed = rec(2, 'ProposalAgreed', 'receiver', parties.receiver);
const requested = rec(3, 'ApprovalRequested', 'sender', parties.sender);

describe('verifyCaseLog, what every party checks before it believes a case’s log', () => {
  const chain = sealedChain(submitted, agreed, requested);

  it('accepts a chain whose every step is signed by the service of the party that took it', () => {
    expect(verifyCaseLog(chain, parties, publicKeys)).toEqual({ ok: true });
  });

  it('refuses a step a sending-body key fabricated in the receiver’s name (signed by the wrong service)', () => {
    const senderKey = devKeyRing('sending-body').signingKey;
    const forged = sealChain([submitted, agreed], () => senderKey);
    expect(verifyCaseLog(forged, parties, publicKeys)).toMatchObject({ ok: false, code: 'CHAIN.SIGNER_MISMATCH', seq: 2 });
  });

  it('refuses a step whose recording service signed it for another party’s role (the actor check)', () => {
    const byReceiverAsSender = sealedChain(submitted, rec(2, 'ProposalAgreed', 'sender', parties.receiver));
    expect(verifyCaseLog(byReceiverAsSender, parties, publicKeys)).toMatchObject({ ok: false, code: 'CASE.FORGED_ACTOR', seq: 2 });
  });

  it('refuses a record changed after it was signed', () => {
    const tampered: SignedRecord[] = chain.map((r) => (r.seq === 2 ? { ...r, event: { ...r.event, on: '2026-03-19' } as CaseEvent } : r));
    expect(verifyCaseLog(tampered, parties, publicKeys)).toMatchObject({ ok: false, code: 'CHAIN.BAD_HASH', seq: 2 });
  });

  it('refuses a record taken out of the chain or put into another place', () => {
    expect(verifyCaseLog([chain[0], chain[2]] as SignedRecord[], parties, publicKeys)).toMatchObject({ ok: false, code: 'CHAIN.BAD_SEQUENCE', seq: 3 });
    const relinked = sealRecord(agreed, 'a'.repeat(64), devKeyRing('receiving-body').signingKey);
    expect(verifyCaseLog([chain[0] as SignedRecord, relinked], parties, publicKeys)).toMatchObject({ ok: false, code: 'CHAIN.BROKEN_LINK', seq: 2 });
  });

  it('refuses a signature by a key it does not know, and a signature that does not verify', () => {
    const stranger = sealChain([submitted], () => devKeyRing('sending-body', 'someone-else').signingKey);
    expect(verifyCaseLog(stranger, parties, publicKeys)).toMatchObject({ ok: false, code: 'CHAIN.BAD_SIGNATURE', seq: 1 });
    const unknown = chain.map((r) => ({ ...r, signature: { ...r.signature, keyId: 'nobody:1' } }));
    expect(verifyCaseLog(unknown, parties, publicKeys)).toMatchObject({ ok: false, code: 'CHAIN.UNKNOWN_KEY', seq: 1 });
  });

  it('finds the first step where two copies of a log differ', () => {
    const other = sealedChain(submitted, rec(2, 'ProposalRefused', 'receiver', parties.receiver));
    expect(firstDivergence(chain, other)).toBe(2);
    expect(firstDivergence(chain, chain.slice(0, 2))).toBeNull();
  });
});
