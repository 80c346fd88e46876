import { ev, rejected, step, walk } from '../../rule-sets/case-walk.fixture';
import { newCase } from '../case-state';

describe('the proposal and the replacement round', () => {
  it('R1 §12: R1 as set out by Resolution 206 has no edition in the system before 14 April 2025', () => {
    const v = rejected(newCase('R1'), ev('ProposalSubmitted', 'sender', '2025-04-11', { receiverKind: 'other-state-body' }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['firstDay']])).toEqual([['CASE.NO_EDITION_IN_FORCE', 'R1 §12', '2025-04-14']]);
  });

  it('R2 §3: a secondment under R2 goes to a foreign institution only', () => {
    const v = rejected(newCase('R2'), ev('ProposalSubmitted', 'sender', '2025-04-11', { receiverKind: 'central-executive-body' }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['ROUTING.RECEIVER_NOT_COVERED', 'R2 §3']]);
  });

  it('R1 §14: another candidate is proposed to the same receiver', () => {
    const refused = walk('R1', [
      ev('ProposalSubmitted', 'sender', '2025-06-02', { receiverKind: 'other-state-body' }),
      ev('ProposalRefused', 'receiver', '2025-06-05'),
    ]);
    const v = rejected(refused, ev('ProposalSubmitted', 'sender', '2025-06-09', { receiverKind: 'central-executive-body' }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['CASE.RECEIVER_CHANGED', 'R1 §14']]);
  });

  it('R2 §15: refused by the MFA on Friday 30 May 2025, the sending body owes another candidate by Monday 9 June 2025 (Kurban Ait on 6 June)', () => {
    const r = step(
      walk('R2', [ev('ProposalSubmitted', 'sender', '2025-05-02', { receiverKind: 'foreign-institution' })]),
      ev('ProposalRefused', 'mfa', '2025-05-30'),
    );
    expect(r.obligationsOpened.map((o) => [o.id, o.due])).toEqual([['R2.replacement-candidate', '2025-06-09']]);
    expect(r.obligationsClosed.map((o) => o.id).sort()).toEqual(['R2.mfa-decision', 'R2.mfa-interview']);
    expect(r.state.proposals).toBe(1);
  });

  it('R2 §15: the second candidate keeps the edition of the first proposal and counts as proposal 2', () => {
    const s = walk('R2', [
      ev('ProposalSubmitted', 'sender', '2025-05-02', { receiverKind: 'foreign-institution' }),
      ev('CandidateInterviewed', 'mfa', '2025-05-05'),
      ev('ProposalRefused', 'mfa', '2025-05-30'),
      ev('ProposalSubmitted', 'sender', '2025-06-04', { receiverKind: 'foreign-institution' }),
    ]);
    expect([s.asOf, s.proposals, s.interviewedOn]).toEqual(['2025-05-02', 2, undefined]);
  });

  it.each([
    ['R1', 'R1 §14', 'receiver'],
    ['R2', 'R2 §15', 'mfa'],
    ['R3', 'R3 §14', 'receiver'],
  ] as const)('%s: after a refusal the sender may withdraw instead (%s); the case ends', (ruleSet, cite, reviewer) => {
    const refused = walk(ruleSet, [
      ev('ProposalSubmitted', 'sender', '2025-06-02', { receiverKind: ruleSet === 'R2' ? 'foreign-institution' : 'other-state-body' }),
      ev('ProposalRefused', reviewer, '2025-06-05'),
    ]);
    const r = step(refused, ev('ProposalWithdrawn', 'sender', '2025-06-06'));
    expect([r.state.status, r.history.cite, Object.keys(r.state.obligations).length]).toEqual(['withdrawn', cite, 0]);
  });
});

describe('R2 §14: the MFA’s review', () => {
  const submitted = () => walk('R2', [ev('ProposalSubmitted', 'sender', '2025-05-02', { receiverKind: 'foreign-institution' })]);

  it('R2 §14: the MFA agrees only after interviewing the candidate', () => {
    expect(rejected(submitted(), ev('ProposalAgreed', 'mfa', '2025-05-05')).map((x) => [x.code, x.cite])).toEqual([['CASE.INTERVIEW_MISSING', 'R2 §14']]);
  });

  it('R2 §14: the candidate is interviewed once per proposal', () => {
    const s = step(submitted(), ev('CandidateInterviewed', 'mfa', '2025-05-05')).state;
    expect(rejected(s, ev('CandidateInterviewed', 'mfa', '2025-05-06')).map((x) => [x.code, x.cite])).toEqual([['CASE.ILLEGAL_TRANSITION', 'R2 §14']]);
  });
});
