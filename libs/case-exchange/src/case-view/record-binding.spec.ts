import type { CaseDocument, CaseEventPayload, Parties, SignedRecord } from '@sx/contracts';
import type { CaseEvent } from '@sx/rules';
import { bound, sealedChain } from '../testing/sealed-record';
import { bindingFor, candidateHashOf, candidateRefOf, checkBinding, checkRecordsBound } from './record-binding';
import type { CaseView } from './case-view.schema';
import { newCaseView } from './new-case-view';

const parties: Parties = { sender: { agencyId: 'ministry-of-finance', service: 'sending-body' }, receiver: { agencyId: 'ministry-of-justice', service: 'receiving-body' } };
const doc = (kind: string, fill: string): CaseDocument => ({ kind, fileName: `${kind}.pdf`, contentType: 'application/pdf', sha256: fill.repeat(64), size: 10, proposal: 1 });

/** The sender's draft: a candidate with eligibility facts and a two-document package. */
function draft(caseId = 'case-a'): CaseView {
  const eligibility = { yearsOfService: 5 } as unknown as NonNullable<CaseView['candidate']['eligibility']>;
  return newCaseView({
    caseId, ruleSet: 'R3', reference: '01/1', parties,
    candidate: { fullName: 'Aigerim Sadykova', position: 'Chief expert', presidentialAdministrationServant: false, eligibility },
    documents: { '1-consent': doc('consent', 'a'), '1-cv': doc('cv', 'b') },
  });
}

/** A genuine chain of the draft: the proposal, then the receiver's agreement, each bound as decideStep binds it. */
function genuine(view = draft()): { payload: Pick<CaseEventPayload, 'ruleSet' | 'candidate' | 'documents' | 'events'>; events: SignedRecord[] } {
  const proposal = bound({ seq: 1, ...bindingFor(view, 'ProposalSubmitted'), event: { type: 'ProposalSubmitted', actor: 'sender', on: '2026-03-18', receiverKind: 'central-executive-body' } as CaseEvent, agencyId: 'ministry-of-finance', service: 'sending-body', at: '2026-03-18T05:00:00.000Z' });
  const agreed = bound({ seq: 2, caseId: proposal.caseId, ruleSet: 'R3', edition: proposal.edition, candidateHash: proposal.candidateHash, package: proposal.package, event: { type: 'ProposalAgreed', actor: 'receiver', on: '2026-03-20' } as CaseEvent, agencyId: 'ministry-of-justice', service: 'receiving-body', at: '2026-03-20T05:00:00.000Z' });
  const events = sealedChain(proposal, agreed);
  return { events, payload: { ruleSet: 'R3', candidate: candidateRefOf(view), documents: Object.values(view.documents), events } };
}

describe('what a record binds (issue #17)', () => {
  it('a proposal record binds the case, its rules and edition, the candidate with the hash of the facts, and the package by kind', () => {
    const view = draft();
    const b = bindingFor(view, 'ProposalSubmitted');
    expect(b).toMatchObject({ caseId: 'case-a', ruleSet: 'R3', package: { proposal: 1, documents: { consent: 'a'.repeat(64), cv: 'b'.repeat(64) } } });
    expect(b.edition).toMatch(/Resolution/);
    expect(b.candidateHash).toBe(candidateHashOf(candidateRefOf(view)));
  });

  it('the eligibility facts change the candidate hash, though they never leave the sender', () => {
    const view = draft();
    const other = { ...view, candidate: { ...view.candidate, eligibility: { yearsOfService: 2 } as unknown as NonNullable<CaseView['candidate']['eligibility']> } };
    expect(candidateRefOf(other).factsHash).not.toBe(candidateRefOf(view).factsHash);
    expect(JSON.stringify(candidateRefOf(view))).not.toContain('yearsOfService');
  });

  it('every later step repeats the hashes of the proposal before it', () => {
    const { events } = genuine();
    const view = { ...draft(), events };
    expect(bindingFor(view, 'AppointmentDecided')).toMatchObject({ candidateHash: events[0]?.candidateHash, package: events[0]?.package });
  });
});

describe('every party checks the binding before believing a message (CASE.RECORD_NOT_BOUND)', () => {
  it('a genuine chain with its own candidate and documents is bound to its case', () => {
    const { payload } = genuine();
    expect(checkBinding('case-a', payload)).toEqual({ ok: true });
  });

  it('a genuine chain re-sent under another case id is refused at its first record', () => {
    const { payload } = genuine();
    expect(checkBinding('case-b', payload)).toMatchObject({ ok: false, code: 'CASE.RECORD_NOT_BOUND', seq: 1 });
  });

  it('a genuine chain carried with another candidate is refused at the proposal', () => {
    const { payload } = genuine();
    expect(checkBinding('case-a', { ...payload, candidate: { ...payload.candidate, fullName: 'Someone Else' } })).toMatchObject({ ok: false, code: 'CASE.RECORD_NOT_BOUND', seq: 1 });
  });

  it('a genuine chain carried with another document is refused at the proposal', () => {
    const { payload } = genuine();
    const documents = payload.documents.map((d) => (d.kind === 'cv' ? { ...d, sha256: 'e'.repeat(64) } : d));
    expect(checkBinding('case-a', { ...payload, documents })).toMatchObject({ ok: false, code: 'CASE.RECORD_NOT_BOUND' });
  });

  it('a step moved onto another candidate than the proposal before it is refused at that step', () => {
    const { events } = genuine();
    const [first, second] = events as [SignedRecord, SignedRecord];
    const moved = sealedChain(first, { ...second, candidateHash: 'd'.repeat(64) });
    expect(checkRecordsBound('case-a', 'R3', moved)).toMatchObject({ ok: false, seq: 2 });
  });

  it('a record under another rule set than the case is refused', () => {
    const { events } = genuine();
    expect(checkRecordsBound('case-a', 'R1', events)).toMatchObject({ ok: false, seq: 1 });
  });

  it('a log that does not start with a proposal is refused', () => {
    const { events } = genuine();
    expect(checkRecordsBound('case-a', 'R3', events.slice(1))).toMatchObject({ ok: false, code: 'CASE.RECORD_NOT_BOUND' });
  });
});
