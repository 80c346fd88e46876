import type { CaseDocument, Parties, SignedRecord } from '@sx/contracts';
import { sealedStep } from '../../testing/sealed-record';
import { deterministicId } from '@sx/persistence';
import { advanceCase } from '../../case-view/advance-case';
import type { CaseView } from '../../case-view/case-view.schema';
import { newCaseView } from '../../case-view/new-case-view';
import type { CaseContext } from '../../context/case-context';
import { outgoingMessages } from './outgoing-messages';

const parties: Parties = {
  sender: { agencyId: 'ministry-of-finance', service: 'sending-body' },
  receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' },
};
const PM = { agencyId: 'prime-minister', service: 'prime-minister' } as const;

const doc = (kind: string, sha: string): CaseDocument => ({ kind, fileName: `${kind}.pdf`, contentType: 'application/pdf', sha256: sha.repeat(64), size: 10, proposal: 1 }) as CaseDocument;
const documents = { '1-cv': doc('cv', 'a'), '1-written-consent': doc('written-consent', 'b') };

const ctxAt = (service: CaseContext['service']): CaseContext => ({ service }) as Partial<CaseContext> as CaseContext;
const atSender = ctxAt('sending-body');

const submitted = sealedStep(1, { type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18', receiverKind: 'central-executive-body' }, parties.sender);
const agreed = sealedStep(2, { type: 'ProposalAgreed', actor: 'receiver', on: '2026-03-26' }, parties.receiver);
const requested = sealedStep(3, { type: 'ApprovalRequested', actor: 'sender', on: '2026-03-27' }, parties.sender);

const draft = (): CaseView =>
  newCaseView({ caseId: 'c1', ruleSet: 'R3', reference: '01/1', parties, candidate: { fullName: 'A', position: 'B', presidentialAdministrationServant: true }, documents });

function advanced(view: CaseView, record: SignedRecord): CaseView {
  const result = advanceCase(view, record, undefined);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.view;
}

/** The parties the rules say must be told of the step. */
function emitsOf(view: CaseView, record: SignedRecord) {
  const result = advanceCase(view, record, undefined);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.emits;
}

describe('outgoingMessages', () => {
  describe('an R3 proposal submitted at the sending body', () => {
    const before = draft();
    const after = advanced(before, submitted);
    const envelopes = outgoingMessages(atSender, before, after, submitted, emitsOf(before, submitted));

    it('sends one message, to the receiving body', () => {
      expect(envelopes).toHaveLength(1);
      expect(envelopes[0]).toMatchObject({
        type: 'ProposalSubmitted',
        caseId: 'c1',
        fromAgency: 'ministry-of-finance',
        fromService: 'sending-body',
        toAgency: 'ministry-of-justice',
        toService: 'receiving-body',
        causationId: null,
      });
    });

    it('derives the message id from the case, the step and the recipient, so a repeat sends the same message', () => {
      expect(envelopes[0]?.messageId).toBe(deterministicId('c1', '1', 'receiving-body'));
      expect(outgoingMessages(atSender, before, after, submitted, emitsOf(before, submitted))[0]?.messageId).toBe(envelopes[0]?.messageId);
    });

    it('carries a file placeholder, without content, for each document', () => {
      const payload = envelopes[0]?.payload as { files: unknown[]; documents: CaseDocument[] };
      expect(payload.files).toEqual([
        { sha256: 'a'.repeat(64), contentBase64: '' },
        { sha256: 'b'.repeat(64), contentBase64: '' },
      ]);
      expect(payload.documents).toHaveLength(2);
    });

    it('carries the whole log and only the candidate’s name and position', () => {
      const payload = envelopes[0]?.payload as { events: SignedRecord[]; candidate: unknown };
      expect(payload.events).toEqual([submitted]);
      expect(payload.candidate).toEqual({ fullName: 'A', position: 'B', factsHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    });
  });

  it('sends one placeholder per distinct file when two documents share a content', () => {
    const shared = { ...draft(), documents: { '1-cv': doc('cv', 'a'), '1-nomination': doc('nomination', 'a') } };
    const [envelope] = outgoingMessages(atSender, shared, advanced(shared, submitted), submitted, emitsOf(shared, submitted));
    expect((envelope?.payload as { files: unknown[] }).files).toEqual([{ sha256: 'a'.repeat(64), contentBase64: '' }]);
  });

  describe('an approval request that reaches the approver for the first time', () => {
    const before: CaseView = advanced(advanced(draft(), submitted), agreed);
    const after = advanced(before, requested);
    const envelopes = outgoingMessages(atSender, before, after, requested, emitsOf(before, requested));
    const to = (service: string) => envelopes.find((e) => e.toService === service);

    it('R3 §15: goes to the Prime Minister’s service only, the party the rules name', () => {
      expect(envelopes.map((e) => e.toService).sort()).toEqual(['prime-minister']);
      expect(to('prime-minister')).toMatchObject({ type: 'ApprovalRequested', toAgency: PM.agencyId, messageId: deterministicId('c1', '3', 'prime-minister') });
    });

    it('gives the approver, a new party, the files', () => {
      expect((to('prime-minister')?.payload as { files: unknown[] }).files).toHaveLength(2);
    });

    it('carries the whole signed log, so the approver can verify every step before it', () => {
      expect((to('prime-minister')?.payload as { events: SignedRecord[] }).events.map((r) => r.seq)).toEqual([1, 2, 3]);
    });
  });

  describe('the R3 steps as the services actually record them', () => {
    it('the receiver’s agreement goes to the sender only (R3 §13 notifies the sender)', () => {
      const before = advanced(draft(), submitted);
      const after = advanced(before, agreed);
      const envelopes = outgoingMessages(ctxAt('receiving-body'), before, after, agreed, emitsOf(before, agreed));
      expect(envelopes.map((e) => e.toService)).toEqual(['sending-body']);
    });

    it('R3 §15: the sender’s approval request brings the approver, a new party, the package', () => {
      const before = advanced(advanced(draft(), submitted), agreed);
      const after = advanced(before, requested);
      const toPm = outgoingMessages(atSender, before, after, requested, emitsOf(before, requested)).find((e) => e.toService === 'prime-minister');
      expect(before.parties.approver).toBeUndefined();
      expect(after.parties.approver).toEqual(PM);
      expect((toPm?.payload as { files: unknown[] }).files).toHaveLength(2);
    });
  });
});
