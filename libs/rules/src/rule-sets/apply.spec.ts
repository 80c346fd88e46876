import { active, ev, rejected, step } from './case-walk.fixture';
import { apply } from './apply';
import { newCase, type CaseState } from '../procedures/case-state';

describe('apply: the engine around the paragraphs', () => {
  it('SPEC Procedure R3: an event that does not fit its schema is refused with the reason', () => {
    const v = rejected(newCase('R3'), ev('ProposalSubmitted', 'sender', '2025-02-30', { receiverKind: 'other-state-body' }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['CASE.INVALID_EVENT', 'SPEC Procedure R3']]);
  });

  it('SPEC Procedure R1: unknown fields are refused rather than silently dropped', () => {
    const v = rejected(newCase('R1'), ev('ProposalWithdrawn', 'sender', '2025-06-02', { reason: 'x' }));
    expect(v[0]?.code).toBe('CASE.INVALID_EVENT');
  });

  it('apply is pure: the state passed in is not changed', () => {
    const before = active('R3');
    const copy = JSON.parse(JSON.stringify(before)) as CaseState;
    step(before, ev('DisciplinaryOffenceFound', 'receiver', '2024-07-03'));
    expect(before).toEqual(copy);
  });

  it('R3 §9: a report of an offence with no open obligation closes nothing and is not late', () => {
    const r = step(active('R3'), ev('DisciplinaryOffenceReported', 'receiver', '2024-07-12', { offenceOn: '2024-07-01' }));
    expect([r.obligationsClosed, r.history.late]).toEqual([[], []]);
  });

  it('the history entry names the paragraph, the states and the obligations', () => {
    const r = step(newCase('R3'), ev('ProposalSubmitted', 'sender', '2025-03-18', { receiverKind: 'other-state-body' }));
    expect(r.history).toEqual({
      on: '2025-03-18',
      event: 'ProposalSubmitted',
      actor: 'sender',
      from: 'draft',
      to: 'proposal-under-review',
      cite: 'R3 §12',
      obligationsOpened: ['R3.receiver-decision'],
      obligationsClosed: [],
      late: [],
    });
    expect(r.state.obligations['R3.receiver-decision']).toMatchObject({ actor: 'receiver', countsFrom: '2025-03-18', counting: 'after', period: { amount: 10, unit: 'working-days' } });
  });

  it('a corrupt stored state (an active case without a start date) is a programming error and throws', () => {
    const awaiting: CaseState = { ...active('R2'), status: 'awaiting-sender-order', startsOn: undefined };
    expect(() => apply(awaiting, ev('SenderOrderIssued', 'sender', '2024-03-07', { dispatchedOn: '2024-04-01' }))).toThrow(RangeError);
  });
});
