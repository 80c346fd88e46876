import { SERVICE_NAMES, type Parties, type SignedRecord } from '@sx/contracts';
import { devKeyRing, signStatement } from '@sx/messaging';
import type { CaseEvent } from '@sx/rules';
import { issueReceipt } from '../../receipts/step-receipt';
import { bound, sealedChain } from '../../testing/sealed-record';
import type { AuditExport } from './audit-export.schema';
import { verifyAuditExport } from './verify-audit-export';

const publicKeys = SERVICE_NAMES.flatMap((s) => devKeyRing(s).publicKeys.filter((k) => k.service === s));
const parties: Parties = { sender: { agencyId: 'ministry-of-finance', service: 'sending-body' }, receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' } };
const SENDER = { agencyId: 'ministry-of-finance', service: 'sending-body' } as const;
const RECEIVER = { agencyId: 'ministry-of-justice', service: 'receiving-body' } as const;

function chainOf(caseId: string): SignedRecord[] {
  const step = (seq: number, type: string, actor: string, by: typeof SENDER | typeof RECEIVER, extra: Record<string, unknown> = {}) =>
    bound({ caseId, seq, event: { type, actor, on: '2026-03-18', ...extra } as unknown as CaseEvent, ...by, at: `2026-03-18T0${seq}:00:00.000Z` });
  return sealedChain(step(1, 'ProposalSubmitted', 'sender', SENDER, { receiverKind: 'central-executive-body' }), step(2, 'ProposalAgreed', 'receiver', RECEIVER), step(3, 'ApprovalRequested', 'sender', SENDER));
}

/** A genuine export by the sending body of a three-step case, with the receiver's receipt of step 1. */
function exportOf(caseId: string, records = chainOf(caseId)): AuditExport {
  const head = { caseId, lastSeq: records.length, lastHash: records.at(-1)?.hash ?? '', exportedBy: 'sending-body', exportedAt: '2026-03-19T00:00:00.000Z' };
  const receipt = issueReceipt(caseId, records[0] as SignedRecord, RECEIVER.agencyId, new Date('2026-03-18T02:00:00Z'), devKeyRing('receiving-body').signingKey);
  return {
    format: 'sx-audit-chain/2', caseId, ruleSet: 'R3', parties, exportedBy: 'sending-body', exportedAt: head.exportedAt,
    head: { ...head, signature: signStatement(head, devKeyRing('sending-body').signingKey) }, records, receipts: [receipt], verification: { ok: true },
  };
}

describe('npm run audit:verify: an export commits to its case and its length (issue #17)', () => {
  it('a genuine export verifies', () => {
    expect(verifyAuditExport(exportOf('case-a'), publicKeys)).toEqual({ ok: true });
  });

  it('an export whose caseId was relabelled is refused', () => {
    expect(verifyAuditExport({ ...exportOf('case-a'), caseId: 'case-b' }, publicKeys)).toMatchObject({ ok: false, code: 'AUDIT.RELABELLED' });
  });

  it('an export relabelled together with its head fails the head’s signature', () => {
    const e = exportOf('case-a');
    expect(verifyAuditExport({ ...e, caseId: 'case-b', head: { ...e.head, caseId: 'case-b' } }, publicKeys)).toMatchObject({ ok: false, code: 'AUDIT.HEAD_SIGNATURE' });
  });

  it('an export whose last records were cut off is refused as truncated', () => {
    const e = exportOf('case-a');
    expect(verifyAuditExport({ ...e, records: e.records.slice(0, 2), receipts: [] }, publicKeys)).toMatchObject({ ok: false, code: 'AUDIT.TRUNCATED' });
  });

  it('an export that holds only record 1 is refused as truncated', () => {
    const e = exportOf('case-a');
    expect(verifyAuditExport({ ...e, records: e.records.slice(0, 1), receipts: [] }, publicKeys)).toMatchObject({ ok: false, code: 'AUDIT.TRUNCATED', seq: 1 });
  });

  it('an export with a record missing in the middle is refused as a gap', () => {
    const e = exportOf('case-a');
    expect(verifyAuditExport({ ...e, records: [e.records[0], e.records[2]] as SignedRecord[] }, publicKeys)).toMatchObject({ ok: false, code: 'AUDIT.GAP', seq: 2 });
  });

  it('an export that carries another case’s records is refused: they are not bound to it', () => {
    const mixed = exportOf('case-a', chainOf('case-b'));
    expect(verifyAuditExport(mixed, publicKeys)).toMatchObject({ ok: false, code: 'CASE.RECORD_NOT_BOUND', seq: 1 });
  });

  it('an export whose record was changed is refused by the chain', () => {
    const e = exportOf('case-a');
    const changed = e.records.map((r) => (r.seq === 2 ? { ...r, at: '2026-03-18T09:09:09.000Z' } : r));
    expect(verifyAuditExport({ ...e, records: changed }, publicKeys)).toMatchObject({ ok: false, code: 'CHAIN.BAD_HASH', seq: 2 });
  });

  it('a receipt moved onto another step is refused', () => {
    const e = exportOf('case-a');
    expect(verifyAuditExport({ ...e, receipts: e.receipts.map((r) => ({ ...r, seq: 2 })) }, publicKeys)).toMatchObject({ ok: false, code: 'AUDIT.RECEIPT_NOT_BOUND' });
  });

  it('a receipt whose time was changed is refused', () => {
    const e = exportOf('case-a');
    expect(verifyAuditExport({ ...e, receipts: e.receipts.map((r) => ({ ...r, receivedAt: '2026-04-01T00:00:00.000Z' })) }, publicKeys)).toMatchObject({ ok: false, code: 'AUDIT.RECEIPT_SIGNATURE' });
  });
});
