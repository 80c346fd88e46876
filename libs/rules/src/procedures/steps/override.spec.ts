import { active, ev, rejected, step, walk } from '../../rule-sets/case-walk.fixture';

const charter = { kind: 'charter', act: 'Charter of the organization', article: 'art. 4' };
const treaty = { kind: 'treaty', act: 'Agreement ratified by the RK', article: 'art. 2' };
const law = { kind: 'law', act: 'Law of the RK', article: 'art. 5' };
const wd = (amount: number) => ({ amount, unit: 'working-days' });

const underReview = (ruleSet: 'R1' | 'R2' | 'R3', receiverKind: string) =>
  walk(ruleSet, [ev('ProposalSubmitted', 'sender', '2025-06-02', { receiverKind })]);

describe('"Unless a law, treaty or charter provides otherwise": overrides need a clause and a recorded basis', () => {
  it('R1 §15: the three working days for the approval request have no such clause and stand', () => {
    const v = rejected(underReview('R1', 'other-state-body'), ev('OverrideRecorded', 'sender', '2025-06-03', { target: 'approval-request', basis: law, value: wd(10) }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['OVERRIDE.NOT_ALLOWED', 'R1 §15']]);
  });

  it('R2 §14: the MFA’s three months have no such clause', () => {
    const v = rejected(underReview('R2', 'foreign-institution'), ev('OverrideRecorded', 'mfa', '2025-06-03', { target: 'mfa-decision', basis: law, value: { amount: 4, unit: 'months' } }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['OVERRIDE.NOT_ALLOWED', 'R2 §14']]);
  });

  it('R3 §8: the one-year extension limit has no such clause', () => {
    const v = rejected(underReview('R3', 'international-organization'), ev('OverrideRecorded', 'sender', '2025-06-03', { target: 'extension-limit', basis: treaty, value: { amount: 2, unit: 'years' } }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['OVERRIDE.NOT_ALLOWED', 'R3 §8']]);
  });

  it('SPEC Procedure R2: R2 has no receiver decision step to override', () => {
    const v = rejected(underReview('R2', 'foreign-institution'), ev('OverrideRecorded', 'sender', '2025-06-03', { target: 'receiver-decision', basis: law, value: wd(20) }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['OVERRIDE.NOT_ALLOWED', 'SPEC Procedure R2']]);
  });

  it('R2 §8: only a law may set another term for R2, not a charter', () => {
    const v = rejected(underReview('R2', 'foreign-institution'), ev('OverrideRecorded', 'sender', '2025-06-03', { target: 'term', basis: charter, value: { amount: 4, unit: 'years' } }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['allowed']])).toEqual([['OVERRIDE.BASIS_NOT_ALLOWED', 'R2 §8', 'law']]);
  });

  it('R1 §13: only the charter of an organization that is not an RK organization counts', () => {
    const v = rejected(underReview('R1', 'other-rk-organization'), ev('OverrideRecorded', 'receiver', '2025-06-03', { target: 'receiver-decision', basis: charter, value: wd(20) }));
    expect(v.map((x) => [x.code, x.cite, x.details?.['receiver']])).toEqual([['OVERRIDE.BASIS_NOT_ALLOWED', 'R1 §13', 'other-rk-organization']]);
  });

  it('R3 §13: a treaty may set another period for a state body too: due Tuesday 1 July 2025 instead of Tuesday 17 June 2025 (Kurban Ait on Friday 6 June)', () => {
    const r = step(underReview('R3', 'other-state-body'), ev('OverrideRecorded', 'sender', '2025-06-03', { target: 'receiver-decision', basis: treaty, value: wd(20) }));
    expect(r.obligationsOpened.map((o) => [o.id, o.due, o.override?.basis])).toEqual([['R3.receiver-decision', '2025-07-01', 'Agreement ratified by the RK, art. 2']]);
    expect(r.obligationsClosed.map((o) => o.due)).toEqual(['2025-06-17']);
    expect([r.obligationsClosed[0]?.text.en, r.obligationsOpened[0]?.text.en].map((t) => t?.replace(/^.*\(/, '('))).toEqual(['(period: 10 working days)', '(period: 20 working days)']);
  });

  it('R3 §16: an override recorded before its step applies when the step opens', () => {
    const s = step(underReview('R3', 'international-organization'), ev('OverrideRecorded', 'receiver', '2025-06-03', { target: 'appointment-decision', basis: charter, value: { amount: 1, unit: 'months' } })).state;
    expect(s.overrides.map((o) => o.target)).toEqual(['appointment-decision']);
    const agreed = step(s, ev('ProposalAgreed', 'receiver', '2025-06-04')).state;
    const asked = step(agreed, ev('ApprovalRequested', 'sender', '2025-06-05')).state;
    const granted = step(asked, ev('ApprovalGranted', 'approver', '2025-06-10'));
    expect(granted.obligationsOpened.map((o) => [o.due, o.period])).toEqual([['2025-07-10', { amount: 1, unit: 'months' }]]);
  });

  it('R3 §8: a recorded override replaces an earlier one for the same target', () => {
    const once = step(underReview('R3', 'international-organization'), ev('OverrideRecorded', 'sender', '2025-06-03', { target: 'term', basis: charter, value: { amount: 2, unit: 'years' } })).state;
    const twice = step(once, ev('OverrideRecorded', 'sender', '2025-06-04', { target: 'term', basis: treaty, value: { amount: 30, unit: 'months' } })).state;
    expect(twice.overrides.map((o) => o.value)).toEqual([{ amount: 30, unit: 'months' }]);
  });

  it.each([
    ['approval-routing', { amount: 1, unit: 'years' }],
    ['term', { amount: 100, unit: 'working-days' }],
    ['receiver-decision', { amount: 1, unit: 'years' }],
    ['receiver-decision', { authority: 'not-required' }],
  ])('R3: an override of %s with the value %j does not fit', (target, value) => {
    const v = rejected(underReview('R3', 'international-organization'), ev('OverrideRecorded', 'sender', '2025-06-03', { target, basis: treaty, value }));
    expect(v.map((x) => x.code)).toEqual(['OVERRIDE.VALUE_INVALID']);
  });

  it('R3 §8: the term cannot be overridden once the order has fixed it', () => {
    const v = rejected(active('R3'), ev('OverrideRecorded', 'sender', '2025-06-03', { target: 'term', basis: law, value: { amount: 2, unit: 'years' } }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['OVERRIDE.TOO_LATE', 'R3 §8']]);
  });

  it('R3 §11: the routing cannot be overridden once the receiver has agreed', () => {
    const agreed = step(underReview('R3', 'international-organization'), ev('ProposalAgreed', 'receiver', '2025-06-04')).state;
    const v = rejected(agreed, ev('OverrideRecorded', 'sender', '2025-06-05', { target: 'approval-routing', basis: treaty, value: { authority: 'not-required' } }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['OVERRIDE.TOO_LATE', 'R3 §11']]);
  });

  it('R1: an override is recorded by the parties, never by the seconded person', () => {
    const v = rejected(underReview('R1', 'international-organization'), ev('OverrideRecorded', 'seconded-person', '2025-06-03', { target: 'term', basis: law, value: { amount: 2, unit: 'years' } }));
    expect(v.map((x) => [x.code, x.cite])).toEqual([['CASE.WRONG_ACTOR', 'SPEC Deadlines']]);
  });
});
