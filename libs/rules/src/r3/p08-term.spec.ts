import { ev, rejected, step, walk } from '../rule-sets/case-walk.fixture';

/** An R3 case made active with the term starting on `startsOn` (the steps of TO_ACTIVE.R3, dated late 2023). */
const activeFrom = (startsOn: string) =>
  walk('R3', [
    ev('ProposalSubmitted', 'sender', '2023-11-01', { receiverKind: 'other-state-body' }),
    ev('ProposalAgreed', 'receiver', '2023-11-10'),
    ev('ApprovalRequested', 'sender', '2023-11-14'),
    ev('ApprovalGranted', 'approver', '2023-12-01'),
    ev('AppointmentDecided', 'receiver', '2024-01-10', { startsOn }),
    ev('OrderIssued', 'sender', '2024-01-12', { effectiveFrom: startsOn }),
  ]);

describe('R3 §8: the term runs from the start date as day one, for at most three years, extended by at most one', () => {
  it('R3 §8: a term starting on Thursday 29 February 2024 has its last day on Sunday 28 February 2027; the person is back on 1 March 2027', () => {
    const s = activeFrom('2024-02-29');
    expect([s.startsOn, s.termEndsOn, s.returnsOn]).toEqual(['2024-02-29', '2027-02-28', '2027-03-01']);
  });

  it('R3 §8, §19: the release notice for that term is due ten working days before Sunday 28 February 2027: Monday 15 February 2027', () => {
    expect(activeFrom('2024-02-29').obligations['R3.release-notice']?.due).toBe('2027-02-15');
  });

  it('R3 §8: from 29 February 2024 an extension may reach 28 February 2028, four years counted the same way, not 29 February 2028', () => {
    const s = activeFrom('2024-02-29');
    const past = rejected(s, ev('ExtensionConsented', 'receiver', '2026-05-04', { newTermEndsOn: '2028-02-29' }));
    expect(past.map((v) => [v.code, v.cite, v.details?.['limit']])).toEqual([['EXTENSION.LIMIT_EXCEEDED', 'R3 §8', '2028-02-28']]);
    const consented = step(s, ev('ExtensionConsented', 'receiver', '2026-05-04', { newTermEndsOn: '2028-02-28' })).state;
    const extended = step(consented, ev('ExtensionDecided', 'sender', '2026-05-05', { newTermEndsOn: '2028-02-28', consentsOf: ['seconded-person'] }));
    expect([extended.state.termEndsOn, extended.state.returnsOn]).toEqual(['2028-02-28', '2028-02-29']);
  });

  it('R3 §8: a term starting on Saturday 1 March 2025 takes in the leap day: its last day is Tuesday 29 February 2028 (beyond the loaded calendar, so the notice waits)', () => {
    const s = activeFrom('2025-03-01');
    expect([s.termEndsOn, s.returnsOn]).toEqual(['2028-02-29', '2028-03-01']);
    expect(s.obligations['R3.release-notice']).toMatchObject({ due: null, dueBlockedBy: { code: 'CALENDAR.YEAR_NOT_COVERED' } });
  });
});
