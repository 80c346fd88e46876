import type { Case, Obligation } from '../api/api-types';
import { awaitsMyApproval, filterCases, mostUrgent, NO_FILTER, urgencyOf, workOrder } from './case-filters';

const obligation = (actor: string, workingDaysLeft: number | null): Obligation => ({
  id: `${actor}.${workingDaysLeft}`, actor, action: 'decide', due: '2026-03-01', cite: 'R3 §13', text: { kk: 'k', ru: 'r', en: 'e' },
  openedOn: '2026-02-01', countsFrom: '2026-02-01', overdue: workingDaysLeft !== null && workingDaysLeft < 0, workingDaysLeft,
});

// Only the fields the filters read.
const aCase = (id: string, ruleSet: Case['ruleSet'], yourRoles: string[], obligations: Obligation[]): Case => ({
  caseId: id, version: 1, ruleSet, reference: id, status: 'proposed', yourRoles,
  parties: { sender: { agencyId: 's' }, receiver: { agencyId: 'r' } }, candidate: { fullName: 'A', position: 'B' },
  documents: [], obligations, nextDue: null, events: [], updatedAt: '2026-01-01T00:00:00Z',
}) as unknown as Case;

const mine = aCase('mine', 'R3', ['receiver'], [obligation('receiver', 3)]);
const theirs = aCase('theirs', 'R1', ['sender'], [obligation('receiver', 8)]);
const late = aCase('late', 'R2', ['sender'], [obligation('sender', -2)]);
const ids = (cs: Case[]) => cs.map((c) => c.caseId);

describe('case filters (client-side until the API filters owed/due)', () => {
  it('R3 §13: a decision the receiver owes is "owed by me" for the receiver, "by others" for the sender', () => {
    expect(ids(filterCases([mine, theirs, late], { ...NO_FILTER, owed: 'me' }))).toEqual(['mine', 'late']);
    expect(ids(filterCases([mine, theirs, late], { ...NO_FILTER, owed: 'others' }))).toEqual(['theirs']);
  });

  it('the work list: what I owe first (soonest first), then the others by their nearest deadline', () => {
    const calm = aCase('calm', 'R3', ['receiver'], [obligation('sender', 20)]);
    expect(ids(workOrder([calm, theirs, mine, late]))).toEqual(['late', 'mine', 'theirs', 'calm']);
  });

  it('searches by reference or by the candidate’s name, any case', () => {
    expect(ids(filterCases([mine, theirs, late], { ...NO_FILTER, search: 'THEI' }))).toEqual(['theirs']);
    const named = { ...mine, caseId: 'named', candidate: { fullName: 'Dana Seitkali', position: 'B' } } as Case;
    expect(ids(filterCases([mine, named], { ...NO_FILTER, search: 'seitkali' }))).toEqual(['named']);
  });

  it('overdue keeps only cases with an obligation past its due date', () => {
    expect(ids(filterCases([mine, theirs, late], { ...NO_FILTER, owed: 'overdue' }))).toEqual(['late']);
  });

  it('due within N working days counts from today, and excludes the overdue', () => {
    expect(ids(filterCases([mine, theirs, late], { ...NO_FILTER, owed: 'dueWithin', withinDays: 3 }))).toEqual(['mine']);
    expect(ids(filterCases([mine, theirs, late], { ...NO_FILTER, owed: 'dueWithin', withinDays: 8 }))).toEqual(['mine', 'theirs']);
  });

  it('filters by procedure (rule set)', () => {
    expect(ids(filterCases([mine, theirs, late], { ...NO_FILTER, ruleSet: 'R1' }))).toEqual(['theirs']);
  });

  it('the most urgent obligation is the overdue one, then the soonest', () => {
    const c = aCase('c', 'R3', [], [obligation('receiver', 4), obligation('sender', -1), obligation('mfa', null)]);
    expect(mostUrgent(c)?.actor).toBe('sender');
  });

  it('colours countdowns by urgency', () => {
    expect([-1, 0, 1, 2, 5, 6, null].map(urgencyOf)).toEqual(['overdue', 'urgent', 'urgent', 'soon', 'soon', 'calm', 'none']);
  });
});

describe('the approval inbox', () => {
  it('R3 §15: holds the cases awaiting approval where the caller is the approver, though no deadline runs', () => {
    const awaiting = { ...aCase('a', 'R3', ['approver'], []), status: 'awaiting-approval' };
    expect([awaiting, { ...awaiting, yourRoles: ['sender'] }, { ...awaiting, status: 'approved' }].map(awaitsMyApproval)).toEqual([true, false, false]);
  });
});
