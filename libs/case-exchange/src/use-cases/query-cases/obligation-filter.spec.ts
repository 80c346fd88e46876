import type { ObligationResponse } from '../../http/case-response';
import { hasObligationFilter, obligationMatches } from './obligation-filter';

const obligation = (actor: string, workingDaysLeft: number | null): ObligationResponse => ({
  id: `R3.${actor}`, actor, action: 'decide', due: workingDaysLeft === null ? null : '2026-04-01', cite: 'R3 §13',
  text: { kk: 'k', ru: 'r', en: 'e' }, openedOn: '2026-03-18', countsFrom: '2026-03-18', overdue: workingDaysLeft !== null && workingDaysLeft < 0, workingDaysLeft,
});

describe('GET /cases obligation filters', () => {
  it('owedBy: me when one of my roles is the actor, others otherwise', () => {
    expect(obligationMatches(obligation('receiver', 5), ['receiver'], { owedBy: 'me' })).toBe(true);
    expect(obligationMatches(obligation('receiver', 5), ['sender'], { owedBy: 'me' })).toBe(false);
    expect(obligationMatches(obligation('receiver', 5), ['sender'], { owedBy: 'others' })).toBe(true);
    expect(obligationMatches(obligation('mfa', 5), ['mfa', 'receiver'], { owedBy: 'others' })).toBe(false);
  });

  it('dueWithin N: due today up to N working days ahead; not overdue, not without a date', () => {
    expect(obligationMatches(obligation('receiver', 0), [], { dueWithin: 0 })).toBe(true);
    expect(obligationMatches(obligation('receiver', 3), [], { dueWithin: 3 })).toBe(true);
    expect(obligationMatches(obligation('receiver', 4), [], { dueWithin: 3 })).toBe(false);
    expect(obligationMatches(obligation('receiver', -1), [], { dueWithin: 3 })).toBe(false);
    expect(obligationMatches(obligation('receiver', null), [], { dueWithin: 3 })).toBe(false);
  });

  it('combined, the same obligation must meet every filter', () => {
    expect(obligationMatches(obligation('receiver', 2), ['receiver'], { owedBy: 'me', dueWithin: 3 })).toBe(true);
    expect(obligationMatches(obligation('receiver', 2), ['sender'], { owedBy: 'me', dueWithin: 3 })).toBe(false);
    expect(obligationMatches(obligation('receiver', -2), ['receiver'], { owedBy: 'me', overdue: true })).toBe(true);
    expect(obligationMatches(obligation('receiver', 2), ['receiver'], { owedBy: 'me', overdue: true })).toBe(false);
    expect(hasObligationFilter({ overdue: true })).toBe(false);
    expect(hasObligationFilter({ dueWithin: 0 })).toBe(true);
  });
});
