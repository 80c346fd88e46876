import { SERVICE_NAMES } from '@sx/contracts';
import { devKeyRing } from '@sx/messaging';
import { sealed } from '../testing/sealed-record';
import type { CaseEvent } from '@sx/rules';
import { receiptKey } from '@sx/persistence';
import { issueReceipt, verifyReceipt } from './step-receipt';

const publicKeys = SERVICE_NAMES.flatMap((s) => devKeyRing(s).publicKeys.filter((k) => k.service === s));
const record = sealed({ seq: 1, event: { type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18', receiverKind: 'central-executive-body' } as CaseEvent, agencyId: 'ministry-of-finance', service: 'sending-body', at: '2026-03-18T05:00:00.000Z' });

describe('signed receipts (issue #17)', () => {
  const receipt = issueReceipt('c1', record, 'ministry-of-justice', new Date('2026-03-18T20:30:00Z'), devKeyRing('receiving-body').signingKey);

  it('a receipt names the case, the step by its record’s hash, and the legal date of receipt in Almaty (the next day after 01:30 local time)', () => {
    expect(receipt).toMatchObject({ caseId: 'c1', seq: 1, recordHash: record.hash, receivedAt: '2026-03-18T20:30:00.000Z', receivedOn: '2026-03-19', agencyId: 'ministry-of-justice', service: 'receiving-body' });
    expect(receiptKey(receipt)).toBe('1:receiving-body');
  });

  it('verifies with the receiving service’s key', () => {
    expect(verifyReceipt(receipt, publicKeys)).toEqual({ ok: true });
  });

  it('a receipt whose time was changed no longer verifies', () => {
    expect(verifyReceipt({ ...receipt, receivedAt: '2026-03-25T09:00:00.000Z' }, publicKeys)).toMatchObject({ ok: false, code: 'SIGNATURE.INVALID' });
  });

  it('a receipt claimed for another service than its key’s is refused', () => {
    expect(verifyReceipt({ ...receipt, service: 'prime-minister' }, publicKeys)).toMatchObject({ ok: false, code: 'SIGNATURE.SIGNER_MISMATCH' });
  });
});
