import { ev, rejected, step, walk } from '../rule-sets/case-walk.fixture';

const refused = () =>
  walk('R3', [ev('ProposalSubmitted', 'sender', '2025-03-12', { receiverKind: 'other-state-body' }), ev('ProposalRefused', 'receiver', '2025-03-26')]);

describe('R3 §14: after a refusal an interested party may raise another candidate; the proposal follows §12', () => {
  it.each([
    ['receiver', 'sender'],
    ['sender', 'receiver'],
  ] as const)('R3 §14: the %s, an interested party, raises another candidate and the %s is told', (by, told) => {
    const r = step(refused(), ev('AnotherCandidateRaised', by, '2025-03-30'));
    expect([r.state.status, r.state.anotherCandidateRaisedOn, r.history.cite]).toEqual(['proposal-refused', '2025-03-30', 'R3 §14']);
    expect(r.emits.map((m) => [m.type, m.to])).toEqual([['AnotherCandidateRaised', [told]]]);
  });

  it('R3 §14, §12: raised by the receiver, the new proposal is still the sending body’s letter under §12', () => {
    const raised = step(refused(), ev('AnotherCandidateRaised', 'receiver', '2025-03-30')).state;
    expect(rejected(raised, ev('ProposalSubmitted', 'receiver', '2025-04-01', { receiverKind: 'other-state-body' })).map((x) => [x.code, x.cite])).toEqual([
      ['CASE.WRONG_ACTOR', 'R3 §12'],
    ]);
    const resubmitted = step(raised, ev('ProposalSubmitted', 'sender', '2025-04-01', { receiverKind: 'other-state-body' }));
    expect([resubmitted.state.status, resubmitted.state.proposals]).toEqual(['proposal-under-review', 2]);
  });

  it('R3 §14: another candidate is a question only after a refusal', () => {
    const underReview = walk('R3', [ev('ProposalSubmitted', 'sender', '2025-03-12', { receiverKind: 'other-state-body' })]);
    expect(rejected(underReview, ev('AnotherCandidateRaised', 'receiver', '2025-03-13')).map((x) => [x.code, x.cite])).toEqual([['CASE.ILLEGAL_TRANSITION', 'R3 §14']]);
  });
});
